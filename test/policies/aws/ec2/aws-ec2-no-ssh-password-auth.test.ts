import { describe, expect, it } from "vitest";
import { rule } from "../../../../policies/rules/aws/ec2/aws-ec2-no-ssh-password-auth";
import { run } from "../helpers";

const I = "aws:ec2/instance:Instance";

describe("aws-ec2-no-ssh-password-auth", () => {
  it("passes instances without scripts and ordinary scripts", () => {
    expect(run(rule, I, { ami: "ami-1", instanceType: "t3.micro" })).toEqual([]);
    expect(run(rule, I, { userData: "#!/bin/bash\nsed -i 's/^PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config\n" })).toEqual([]);
  });
  it("advises when the script turns password login on (plain or base64)", () => {
    const out = run(rule, I, { userData: "#cloud-config\nssh_pwauth: true\nchpasswd: { expire: false }\n" });
    expect(out).toHaveLength(1);
    expect(out[0].enforcementLevel).toBe("advisory");
    const b64 = Buffer.from("#!/bin/bash\necho 'PasswordAuthentication yes' >> /etc/ssh/sshd_config\n").toString("base64");
    expect(run(rule, "aws:ec2/launchTemplate:LaunchTemplate", { userData: b64 })).toHaveLength(1);
    expect(run(rule, I, { userData: "sed -i 's/PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config" })).toHaveLength(1);
    expect(run(rule, I, { userData: "cat /etc/ssh/sshd_config # holds #PasswordAuthentication yes" })).toEqual([]);
    expect(run(rule, "aws:ec2/launchTemplate:LaunchTemplate", { userData: Buffer.from("PasswordAuthentication yes\n").toString("base64") })).toHaveLength(1);
  });
});
