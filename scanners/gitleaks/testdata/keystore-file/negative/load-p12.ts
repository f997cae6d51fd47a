export const p12Path = process.env.P12_PATH;
