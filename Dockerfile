# sebadesk container images (see docker-compose.yml).
#   target "sebadesk":  the daemon, config in /etc/sebadesk, SQLite data in /var/lib/sebadesk
#   target "mailstack": a throwaway Dovecot + Postfix for the demo (scripts/mailstack)

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim AS sebadesk
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/sebadesk /usr/local/bin/sebadesk
COPY config /etc/sebadesk
# Not root: the daemon needs no privilege, and its data (raw mail, reply tokens) is owner-only.
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/sebadesk \
      --shell /usr/sbin/nologin sebadesk \
 && install -d -o sebadesk -g sebadesk -m 700 /var/lib/sebadesk
USER sebadesk
WORKDIR /var/lib/sebadesk
ENV SEBADESK_DATABASE_URL=sqlite:///var/lib/sebadesk/sebadesk.db?mode=rwc
ENTRYPOINT ["sebadesk", "--config", "/etc/sebadesk/sebadesk.toml"]
CMD ["run"]

FROM debian:bookworm-slim AS mailstack
RUN echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      dovecot-imapd dovecot-lmtpd postfix openssl procps ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
COPY scripts/mailstack /opt/mailstack
COPY scripts/demo-mail /opt/demo-mail
ENV PATH=$PATH:/usr/sbin
# The stack listens on 127.0.0.1; the sebadesk container shares this network namespace.
CMD ["/bin/sh", "-c", "/opt/mailstack/start.sh /srv/ms 24000 && exec tail -F /srv/ms/log/dovecot.log /srv/ms/log/postfix.log"]
