# Build the plugin with Node, serve dist/ with nginx over TLS on 9443 as a non-root user.
# Not built in this project's CI (no container engine there); kept correct by review, and its nginx
# configuration is the chart's (charts/mlflow-console-plugin/files/nginx.conf), which the chart
# tests run in a real nginx.
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER 0
WORKDIR /opt/app-root/src
COPY package.json package-lock.json ./
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY --from=build /opt/app-root/src/dist /usr/share/nginx/html
# One file for the image and the chart: the chart mounts the same file over this path with its
# values (port, IPv6, document root) put in. It reads the certificate from /var/cert: running the
# image alone, mount a directory holding tls.crt and tls.key there.
COPY charts/mlflow-console-plugin/files/nginx.conf /etc/nginx/nginx.conf
# nginx.conf keeps its temp files in /var/cache/nginx. OpenShift runs the container as an arbitrary
# UID in group 0, so the directory belongs to group 0 and is group-writable.
USER 0
RUN mkdir -p /var/cache/nginx && chgrp -R 0 /var/cache/nginx && chmod -R g=u /var/cache/nginx
# The UBI nginx image runs as UID 1001; OpenShift may pick another non-root UID.
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-g", "daemon off;"]
