# The Daisee.Billing Dapp image: the worker (worker/), published self-contained and trimmed for
# linux-x64, on a minimal runtime-deps base. iExec runs it as `docker run <image> <iexec_args…>`
# with /iexec_in and /iexec_out bind-mounted and IEXEC_* variables set.
#
# This Dockerfile does not compile anything: the worker is published on the host first, then
# copied in. Build it with
#     scripts/docker/build-image.sh            # publish + local stand-in base + docker build
# which runs, in short,
#     dotnet publish worker -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true \
#         -p:DebugType=none -o artifacts/docker/worker
#     docker build [--build-arg BASE=daisee/base:local] -t daisee/worker:local .
# Why: the build must work where no SDK image can be pulled (CI here), and the binary tested on
# the host is then exactly the one in the image. Reproducible inputs: global.json pins the SDK,
# Directory.Packages.props pins every package version (transitively), lock files are committed.
#
# BASE: the public default is Microsoft's chiseled runtime-deps image (glibc, libstdc++, libssl;
# no shell, no package manager). scripts/docker/build-base.sh makes a local stand-in with the
# same libraries, from this machine's own files, for machines that cannot pull.
ARG BASE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
FROM ${BASE}

# No ICU, no system tzdata: the worker uses invariant globalization and NodaTime's embedded
# TZDB, so results never depend on the image's locale or time-zone files.
# DOTNET_TC_CallCountingDelayMs=0: the runtime promotes a hot method to optimized code only after
# 100 ms without new first-time compilations, which a run that keeps starting new stages never
# gives it; with no delay the hot loops are optimized within their stage (a 1,000-member month
# ~1 s sooner; scripts/bench/scale.sh sets the same). DOTNET_TC_CallCountThreshold=1000: a
# method is recompiled once it was called 1,000 times instead of 30, so the background compiler
# spends its time on the truly hot loops rather than on thousands of methods a run calls a few
# dozen times (a 1,000-member month: about 2 s less CPU on two cores). Neither changes a result.
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_EnableDiagnostics=0 \
    DOTNET_TC_CallCountingDelayMs=0 \
    DOTNET_TC_CallCountThreshold=1000 \
    IEXEC_IN=/iexec_in \
    IEXEC_OUT=/iexec_out

COPY --chown=0:0 artifacts/docker/worker/ /app/

# An iExec worker creates /iexec_out as a root-owned 0755 bind mount: a non-root user could not
# write the result (the chiseled base defaults to user "app", 1654). Root inside the container is
# what iExec workers expect; the container has no network and a read-only root filesystem.
USER 0:0
WORKDIR /app

# ENTRYPOINT, not CMD: iExec passes iexec_args as the container's CMD, i.e. as our arguments.
ENTRYPOINT ["/app/daisee-worker"]

LABEL org.opencontainers.image.title="daisee-billing-worker" \
      org.opencontainers.image.description="Billing of French collective self-consumption (ACC) as an iExec Dapp"
