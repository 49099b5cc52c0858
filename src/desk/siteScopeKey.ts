/** The preference that holds a user's chosen list site (shared by the server filter and the browser switcher). */
export const siteScopePreference = 'zq-list-site'

export type SiteScopeChoice = { site: string | null }
