/**
 * The client's address as Express resolved it (honouring `trust proxy`), passed to Payload's handlers
 * in this header. Any value a client sends under the same name is dropped first.
 */
export const clientAddressHeader = 'x-zhanqun-client-address'
