# Build the plugin with Node, serve dist/ with nginx on 9443 as a non-root user.
# Not built in this project's CI (no container engine there); kept correct by review.
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
COPY docker/nginx.conf /etc/nginx/nginx.conf
# The UBI nginx image runs as UID 1001; OpenShift may pick another non-root UID.
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-g", "daemon off;"]
