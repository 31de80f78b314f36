#!/usr/bin/env bash
# Builds a local stand-in for the Dockerfile's default base image
# (mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled) from this machine's own files,
# for machines that cannot pull from a registry. Same idea as the chiseled image: the loader,
# glibc, libgcc_s, libstdc++, OpenSSL 3 (the runtime dlopens it for SHA-256) and zlib, the
# users root and app (1654), an empty /tmp; no shell, no package manager.
#
# usage: scripts/docker/build-base.sh [TAG]     (default TAG: daisee/base:local)
#        FORCE=1 rebuilds an existing TAG.
set -euo pipefail
tag="${1:-daisee/base:local}"

if [ "$(uname -m)" != "x86_64" ]; then
  echo "build-base.sh: only x86_64 (linux-x64) is supported; this machine is $(uname -m)." >&2
  exit 1
fi
if [ -z "${FORCE:-}" ] && docker image inspect "$tag" >/dev/null 2>&1; then
  echo "$tag exists (FORCE=1 to rebuild)."
  exit 0
fi

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/lib/x86_64-linux-gnu" "$root/lib64" "$root/etc" "$root/tmp" "$root/root" "$root/home/app"
chmod 1777 "$root/tmp"

libs=(ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1
      libgcc_s.so.1 libstdc++.so.6 libssl.so.3 libcrypto.so.3 libz.so.1)
cache="$(ldconfig -p)"
for lib in "${libs[@]}"; do
  path="$(awk -v l="$lib" '$1 == l && /x86-64/ && !found { print $NF; found = 1 }' <<<"$cache")"
  if [ -z "$path" ]; then
    echo "build-base.sh: $lib is not installed on this machine (needed by the .NET runtime)." >&2
    exit 1
  fi
  cp -L "$path" "$root/lib/x86_64-linux-gnu/$lib"
done
cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/ld-linux-x86-64.so.2"

printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1654:1654:app:/home/app:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\napp:x:1654:\n' > "$root/etc/group"

tar --numeric-owner --owner=0 --group=0 -C "$root" -c . \
  | docker import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'USER 1654' \
      --message "local stand-in for mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled" \
      - "$tag" >/dev/null
echo "built $tag ($(docker image inspect --format '{{.Size}}' "$tag") bytes)"
