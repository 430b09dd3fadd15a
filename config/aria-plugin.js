// WeChat reads aria-role / aria-label on its views (aria-component, base library 2.7.1+), but
// Taro's mini-program templates pass through only the attributes they list for each component.
// This adds the ARIA ones to the templates; app.tsx adds the same list to the runtime, whose
// attribute short names must match the templates'. (@tarojs/plugin-inject does this too, but has
// no release for Taro 4.2.)
const ARIA_ATTRIBUTES = require('../src/components/aria-attributes.json');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.template && typeof platform.template.mergeComponents === 'function')
        platform.template.mergeComponents(ctx, ARIA_ATTRIBUTES);
    },
  });
};
