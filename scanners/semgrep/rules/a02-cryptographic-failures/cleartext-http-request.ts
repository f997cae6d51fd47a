import axios from "axios";
import http from "node:http";
declare const patient: object, host: string;

export async function send() {
  // ruleid: cleartext-http-request
  await fetch("http://dossier-patient.chu-exemple.fr/api/patients", { method: "POST", body: JSON.stringify(patient) });
  // ruleid: cleartext-http-request
  await axios.post("http://10.12.0.4:8080/hl7", patient);
  // ruleid: cleartext-http-request
  http.get(`http://${host}/status`, () => undefined);
  // ruleid: cleartext-http-request
  const api = axios.create({ baseURL: "http://api.labo.example.org" });
  // ruleid: cleartext-http-request
  await axios({ method: "get", url: "http://pacs.example.org/studies" });
  return api;
}

export async function safe() {
  // ok: cleartext-http-request
  await fetch("https://dossier-patient.chu-exemple.fr/api/patients");
  // ok: cleartext-http-request
  await fetch("http://localhost:3000/health");
  // ok: cleartext-http-request
  await axios.get("http://127.0.0.1:9090/metrics");
  // ok: cleartext-http-request
  http.get("http://[::1]:8080/ready", () => undefined);
  // ok: cleartext-http-request
  await fetch("http://169.254.169.254/latest/meta-data/");
  // ok: cleartext-http-request
  await fetch(process.env.API_URL!);
  // ok: cleartext-http-request
  const ns = "http://www.w3.org/2000/svg";
  return ns;
}
