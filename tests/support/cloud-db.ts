// The CloudBase stand-in lives beside the store it stands in for, so that the
// bench (scripts/bench) uses it too; tests import it from here as before.
export * from '../../server/store/cloudbase/stand-in/database'
