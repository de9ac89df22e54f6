// The library reads its data files next to its bundle: keep it out of Next's server bundle.
export default {serverExternalPackages: ['newsroom-jsonld']}
