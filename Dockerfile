# The API for 微信云托管 (WeChat Cloud Run) with a managed PostgreSQL, or any container host.
# Its steps are the very commands CI (.ci/run) runs on a clean machine: `npm ci`, then the server
# as `npm run start:server`. No image is built in CI (no registry there), so nothing here may
# differ from what CI has tested. Settings: container.config.json and README「上线到微信」.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so a code-only change reuses this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .

# 云托管 routes requests to the port set in container.config.json (80). Members use the
# mini-program, so the container serves the API only (H5_DIR empty); the identity comes from
# X-WX-OPENID, which the platform adds to wx.cloud.callContainer calls (AUTH_MODE=cloudrun).
# DATABASE_URL, COUNSELLING_NOTES_KEY, WECHAT_APPID and the FILE_STORE_S3_* settings are set in
# the service's environment, never in the image.
ENV NODE_ENV=production \
    PORT=80 \
    HOST=0.0.0.0 \
    AUTH_MODE=cloudrun \
    H5_DIR=""

EXPOSE 80
CMD ["npm", "run", "start:server"]
