// Sized for a cold 2-core CI machine: the first page of a file loads dist/app.js
// and WeChat's template compiler, which can take several seconds there.
jest.setTimeout(30_000)
