// Sized for a cold, shared 2-core CI machine: a handler test runs on three
// stores, and some make QR codes or property-test dozens of calls.
jest.setTimeout(20_000)
