# syntax=docker/dockerfile:1
# LeadGraph container: `docker build -t leadgraph .`
# The build stage copies the source and runs scripts/release.sh, the one release build (CI runs
# the same script in test/scripts/release.test.ts); the runtime stage copies the tree it wrote.

FROM node:20-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be fetched
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN bash scripts/release.sh /release

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    LEADGRAPH_DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /release /app
RUN mkdir -p /data && chown node:node /data
# the SQLite store (when DATABASE_URL is unset) and other local state
VOLUME ["/data"]
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec form: node is PID 1 and gets SIGTERM itself (graceful drain in src/main.ts), no shell between
CMD ["node", "dist/main.js"]
