import {copyFile} from 'node:fs/promises'
import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli.ts'},
  format: ['esm'],
  target: 'node20',
  dts: {entry: {index: 'src/index.ts'}},
  clean: true,
  // Data files are read at run time next to the bundle (see src/gazetteer).
  async onSuccess() {
    await copyFile('src/gazetteer/gazetteer.data.json', 'dist/gazetteer.data.json')
  }
})
