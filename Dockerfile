# syntax=docker/dockerfile:1
# The console's image for people who have Docker. `npm run image` builds the same image without a Docker engine
# (packages/image, with umoci); this file is not built here, since these machines have no Docker engine, and
# packages/image/src/dockerfile.test.ts holds the two in step: the same files (both stage them with
# packages/image/src/stage-cli.ts), user, environment, entrypoint and exposed port (packages/image/src/image-spec.ts).
#   docker build -t berth .   then   docker run --read-only --tmpfs /tmp -p 8080:8080 berth --auth=token

FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund
# node and the glibc libraries it loads, the BFF bundle, the SPA, passwd and group, an empty /tmp: root-owned, epoch times.
RUN node --import tsx packages/image/src/stage-cli.ts /rootfs

FROM scratch
COPY --from=build /rootfs/ /
USER 65532:65532
ENV BERTH_HOST=0.0.0.0 BERTH_PORT=8080 BERTH_SPA_DIR=/app/web
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/node", "--max-old-space-size=256", "--max-semi-space-size=8", "--no-concurrent-recompilation", "/app/bff/main.mjs"]
