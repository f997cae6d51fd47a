// A profile with two environments and their accounts/subscriptions, shared by the E-rule tests.
export const PROD_ACCOUNT = "111111111111";
export const DEV_ACCOUNT = "222222222222";
export const PROD_SUB = "aaaaaaaa-0000-4000-8000-000000000001";
export const DEV_SUB = "bbbbbbbb-0000-4000-8000-000000000002";

export const envProfile = {
  environments: {
    prod: { stacks: ["prod*"], awsAccounts: [PROD_ACCOUNT], azureSubscriptions: [PROD_SUB], production: true },
    dev: { stacks: ["dev*"], awsAccounts: [DEV_ACCOUNT], azureSubscriptions: [DEV_SUB] },
  },
};

/** The AWS provider as the engine sends it: non-string inputs JSON-encoded. */
export const awsProvider = (accounts: string[] | null, extra: Record<string, unknown> = {}) => ({
  props: { region: "eu-west-3", ...(accounts ? { allowedAccountIds: JSON.stringify(accounts) } : {}), ...extra },
});
