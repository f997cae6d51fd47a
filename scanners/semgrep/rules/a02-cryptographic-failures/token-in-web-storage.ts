// Test cases for token-in-web-storage.
export function setToken(token: string): void {
  // ruleid: token-in-web-storage
  localStorage.setItem("JWTSessionID", token);
  // ruleid: token-in-web-storage
  window.sessionStorage.setItem("access_token", token);
  // ruleid: token-in-web-storage
  localStorage.authToken = token;
}
export function prefs(theme: string, id: string): void {
  // ok: token-in-web-storage
  localStorage.setItem("theme", theme);
  // ok: token-in-web-storage
  localStorage.setItem("lastPatientId", id);
}
