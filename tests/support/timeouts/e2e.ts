// Sized for a cold 2-core CI machine: each test starts the host and a browser.
jest.setTimeout(120_000)
