import { describe, expect, it } from "vitest";
import { isKeyValidNir, nirKey } from "../../../scanners/detectors/lib/nir";
import { testdataContactsBank } from "../../../scanners/detectors/testdata-contacts-bank";
import { testdataIns } from "../../../scanners/detectors/testdata-ins";
import { dicomElement, testdataMedicalFiles } from "../../../scanners/detectors/testdata-medical-files";
import { testdataNir } from "../../../scanners/detectors/testdata-nir";
import { testdataSyntheticMarker } from "../../../scanners/detectors/testdata-synthetic-marker";
import { at, badIban, ctx, INS_NIR_OID, INS_TEST_OID, makeIban, makeNir, phone, run } from "./helpers";

describe("NIR key (mod 97, BigInt)", () => {
  it("computes 97 − (n mod 97) on 13 digits", () => {
    const n = 1850775123456n;
    expect(nirKey("1850775123456")).toBe(97 - Number(n % 97n));
  });
  it("applies the Corsica substitution 2A → 19 and 2B → 18", () => {
    expect(nirKey("18507" + "2A" + "123456")).toBe(nirKey("18507" + "19" + "123456"));
    expect(nirKey("18507" + "2B" + "123456")).toBe(nirKey("18507" + "18" + "123456"));
    expect(isKeyValidNir(makeNir("185072A123456"))).toBe(true);
  });
  it("accepts spaced forms and rejects a wrong key", () => {
    expect(isKeyValidNir(makeNir("2930475123045", true, true))).toBe(true);
    expect(isKeyValidNir(makeNir("2930475123045", false))).toBe(false);
  });
});

describe("testdata-nir (T2-D1)", () => {
  it("flags a key-valid NIR in a fixture as high, with the value as secret only", () => {
    const nir = makeNir("1850775123456");
    const hits = run(testdataNir, "test/fixtures/patients.csv", `id;nir\n1;${nir}\n`);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ line: 2, severity: "high", secret: nir });
    expect(JSON.stringify(hits[0].message)).not.toContain(nir);
  });
  it("flags a key-valid NIR outside tests as critical", () => {
    expect(run(testdataNir, "src/seed.ts", `const x = "${makeNir("2930475123045", true, true)}";`)[0].severity).toBe("critical");
  });
  it("flags a Corsican NIR with a valid key", () => {
    expect(run(testdataNir, "test/data.json", `{"nir":"${makeNir("185072B123456")}"}`)).toHaveLength(1);
  });
  it("ignores a NIR with an invalid key (synthetic on purpose)", () => {
    expect(run(testdataNir, "test/fixtures/patients.csv", makeNir("1850775123456", false))).toEqual([]);
    expect(run(testdataNir, "test/fixtures/patients.csv", makeNir("185072A123456", false))).toEqual([]);
  });
  it("ignores longer digit runs and lockfiles", () => {
    expect(run(testdataNir, "test/x.txt", "9" + makeNir("1850775123456") + "1")).toEqual([]);
    expect(testdataNir.appliesTo("package-lock.json")).toBe(false);
  });
});

describe("testdata-ins (T2-D2)", () => {
  it("flags a FHIR identifier with the production INS system", () => {
    const json = `{"resourceType":"Patient","identifier":[{"system":"urn:oid:${INS_NIR_OID}","value":"${makeNir("1850775123456", false)}"}]}`;
    const hits = run(testdataIns, "test/fixtures/p.json", json);
    expect(hits).toHaveLength(1);
    expect(hits[0].message.en).toMatch(/FHIR/);
  });
  it("flags the OID near a NIR-shaped value (HL7 v2)", () => {
    const hl7 = `PID|1||${makeNir("2930475123045", false)}^^^ASIP-SANTE-INS-NIR&${INS_NIR_OID}&ISO^INS||DUPONT^JEAN`;
    expect(run(testdataIns, "test/fixtures/a.hl7", hl7)).toHaveLength(1);
  });
  it("allows the test OID and a lone production OID without a NIR", () => {
    expect(run(testdataIns, "test/p.json", `{"system":"urn:oid:${INS_TEST_OID}","value":"${makeNir("1850775123456")}"}`)).toEqual([]);
    expect(run(testdataIns, "docs/ins.md", `The INS-NIR OID is ${INS_NIR_OID}.`)).toEqual([]);
  });
});

describe("testdata-contacts-bank (T2-D3)", () => {
  it("flags a checksum-valid IBAN, not a broken one", () => {
    expect(run(testdataContactsBank, "test/fixtures/pay.json", `{"iban":"${makeIban()}"}`)).toHaveLength(1);
    expect(run(testdataContactsBank, "test/fixtures/pay.json", `{"iban":"${badIban()}"}`)).toEqual([]);
  });
  it("honours ci/allow/test-ibans.txt", () => {
    const c = ctx({ files: { "ci/allow/test-ibans.txt": `# fixtures\n${makeIban()}\n` } });
    expect(run(testdataContactsBank, "test/fixtures/pay.json", makeIban(), c)).toEqual([]);
  });
  it("grades e-mails: reserved ok, other medium, consumer/hospital high", () => {
    const c = ctx({ gate: { hospitalDomains: ["chu-exemple.fr"] } });
    const text = [at("a", "example.org"), at("b", "mail.test"), at("c", "acme-corp.fr"), at("d", "gmail.com"), at("e", "chu-exemple.fr"), "icon@2x.png", "git@github.com:org/repo"].join("\n");
    const hits = run(testdataContactsBank, "test/fixtures/users.csv", text, c);
    expect(hits.map((h) => [h.line, h.severity])).toEqual([[3, "medium"], [4, "high"], [5, "high"]]);
  });
  it("flags French phone numbers outside the ARCEP fiction ranges", () => {
    const real = phone("06", "12", "34", "56", "78");
    const intl = "+33 " + phone("6", "12", "34", "56", "78");
    const fiction = phone("01", "99", "00", "12", "34");
    const fiction2 = phone("06", "39", "98", "12", "34");
    const hits = run(testdataContactsBank, "test/fixtures/c.txt", [real, intl, fiction, fiction2, "0" + "1234567890"].join("\n"));
    expect(hits.map((h) => h.line)).toEqual([1, 2]);
  });
  it("only reads test and fixture paths", () => {
    expect(testdataContactsBank.appliesTo("src/contact.ts")).toBe(false);
    expect(testdataContactsBank.appliesTo("src/contact.test.ts")).toBe(true);
  });
});

function dicom(name: string, id: string): string {
  const el = (elem: number, vr: string, v: string) => {
    const val = v.length % 2 ? v + " " : v;
    return "\x10\x00" + String.fromCharCode(elem) + "\x00" + vr + String.fromCharCode(val.length & 0xff, val.length >> 8) + val;
  };
  return "\0".repeat(128) + "DICM" + el(0x10, "PN", name) + el(0x20, "LO", id);
}

describe("testdata-medical-files (T2-D4)", () => {
  it("reads PatientName / PatientID from explicit VR", () => {
    expect(dicomElement(dicom("DOE^JOHN", "ID42"), 0x10)).toBe("DOE^JOHN");
    expect(dicomElement(dicom("", ""), 0x10)).toBeUndefined();
  });
  it("flags a DICOM with patient tags anywhere, unless a sidecar declares SYNTHETIC", () => {
    const f = dicom("DOE^JOHN", "ID42");
    expect(run(testdataMedicalFiles, "data/scan.dcm", f)[0]).toMatchObject({ secret: "DOE^JOHN" });
    const c = ctx({ files: { "data/scan.dcm.provenance.yaml": "origin: SYNTHETIC\ngenerator: pydicom seed 1\n" } });
    expect(run(testdataMedicalFiles, "data/scan.dcm", f, c)).toEqual([]);
    const no = ctx({ files: { "data/scan.dcm.provenance.yaml": "origin: production extract\n" } });
    expect(run(testdataMedicalFiles, "data/scan.dcm", f, no)).toHaveLength(1);
  });
  it("flags FHIR Patient ndjson and HL7 PID in fixtures without a sidecar", () => {
    expect(run(testdataMedicalFiles, "test/fixtures/p.ndjson", `{"resourceType":"Observation"}\n{"resourceType":"Patient","id":"1"}`)[0].line).toBe(2);
    expect(run(testdataMedicalFiles, "test/fixtures/a.hl7", "MSH|^~\\&|X\rPID|1||123")).toHaveLength(1);
    expect(run(testdataMedicalFiles, "test/fixtures/p.ndjson", `{"resourceType":"Patient"}`, ctx({ files: { "test/fixtures/p.provenance.yaml": "synthetic: true" } }))).toEqual([]);
  });
  it("ignores FHIR Patient outside fixtures and non-medical fixture files", () => {
    expect(run(testdataMedicalFiles, "docs/p.ndjson", `{"resourceType":"Patient"}`)).toEqual([]);
    expect(run(testdataMedicalFiles, "test/fixtures/readme.txt", "hello")).toEqual([]);
  });
});

describe("testdata-synthetic-marker (T2-D5)", () => {
  it("reports the folder once when no README/provenance declares a generator", () => {
    const hits = run(testdataSyntheticMarker, "test/fixtures/users/a.json", "{}");
    expect(hits).toEqual([expect.objectContaining({ file: "test/fixtures/users", line: 0 })]);
  });
  it("accepts a marker in the folder or a parent up to the fixtures root", () => {
    const c = ctx({ files: { "test/fixtures/provenance.yaml": "generator: faker seed 42\n" } });
    expect(run(testdataSyntheticMarker, "test/fixtures/users/a.json", "{}", c)).toEqual([]);
    const r = ctx({ files: { "test/fixtures/users/README.md": "# Users\n\nanonymisation: k-anonymity (k=5)\n" } });
    expect(run(testdataSyntheticMarker, "test/fixtures/users/a.json", "{}", r)).toEqual([]);
  });
  it("does not accept a marker above the fixtures root", () => {
    const c = ctx({ files: { "test/provenance.yaml": "generator: faker\n" } });
    expect(run(testdataSyntheticMarker, "test/fixtures/users/a.json", "{}", c)).toHaveLength(1);
  });
});
