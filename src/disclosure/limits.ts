/** Size bounds of an application (characters): the form, the collection and the letters agree on them. */
export const disclosureLimits = {
  name: 100,
  idNumber: 30,
  phone: 30,
  email: 254,
  address: 200,
  requestedInformation: 2000,
  purpose: 1000,
} as const
