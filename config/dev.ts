import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    // `npm run dev:h5` serves the app on its own port; the API runs on 3000.
    devServer: {
      proxy: {
        '/api': { target: 'http://localhost:3000', changeOrigin: true },
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>;
