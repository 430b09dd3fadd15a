import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { resolveApiTarget } from './api-target';

// weapp and h5 build into separate folders so one never overwrites the other:
// the root project.config.json points WeChat DevTools at dist/, the API server
// serves dist-h5/ as static files.
const isH5 = process.env.TARO_ENV === 'h5';
const target = apiTargetOrStop();

/** A release build without a usable API stops here with what to set (Taro would bury a throw). */
function apiTargetOrStop() {
  try {
    return resolveApiTarget(process.env, process.argv);
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    process.exit(1);
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiaozhigong-zhijia',
    date: '2024-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // `@/components` is src/components from anywhere (tsconfig paths, jest and ESLint say the same).
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    // TARO_OUTPUT_ROOT lets parallel browser-test runs build into folders of their own.
    outputRoot: process.env.TARO_OUTPUT_ROOT || (isH5 ? 'dist-h5' : 'dist'),
    plugins: [path.resolve(__dirname, 'aria-plugin.js')],
    env: {
      // Taro only inlines TARO_APP_* from .env files; forwarding the shell value
      // lets CI and `TARO_APP_API_BASE=https://... npm run build:weapp` work too.
      TARO_APP_API_BASE: JSON.stringify(target.apiBase),
      TARO_APP_CLOUD_ENV: JSON.stringify(target.cloudEnv),
      TARO_APP_CLOUD_SERVICE: JSON.stringify(target.cloudService),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // project.config.json says es6:false, so WeChat ships our JS to old iOS clients untouched and
      // every file must already be ES5. Taro runs babel (preset-env, browserslist ios >= 8) only
      // on src/ and Taro's own packages; zustand publishes ES2018 (let, object spread) in its
      // persist middleware, so it goes through babel too. Naming packages, rather than compiling all
      // of node_modules, keeps the build fast; test/weapp/syntax.test.ts names any newcomer.
      compile: { include: [(file: string) => /node_modules[\\/]zustand[\\/]/.test(file)] },
      // Modules only subpackages use stay in those subpackages instead of the
      // main package every member downloads on first open.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: { onePxTransform: false } },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded page
        // carried its own ~80 KB copy of the component library.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } });
      },
      postcss: {
        // Prettier writes units in lower case, so 1PX and PX sizes can no longer opt out of
        // pxtransform by their spelling: hairlines stay 1 px, and Taro's H5 title bar and tab bar
        // (outside the 750-wide design) keep their CSS pixels: a 17 px title, 14 px tab labels.
        pxtransform: {
          enable: true,
          config: { onePxTransform: false, selectorBlackList: ['taro-navigation-bar', 'weui-tabbar'] },
        },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
