#!/usr/bin/env python3
"""Local SMTP sink for bench/outbox.sh (Python 3.11 or older: it uses the smtpd module).

Accepts every mail and appends one line per accepted mail to LOG: "M <Message-ID> <recipient>",
and "C" per connection, flushed at once, so that the benchmark can count deliveries, duplicates and
connections. With --drop-prefix P --drop-at K it hangs up, once, on the K-th mail to a recipient
starting with P: after the mail's data has arrived and before answering 250, so the mail is not
accepted (not logged) and the sender sees its connection lost in the middle of a batch.
"""
import argparse
import re
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore  # noqa: E402  (deprecated in 3.11, gone in 3.12, like smtpd)
import smtpd  # noqa: E402

MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)


class Channel(smtpd.SMTPChannel):
    def found_terminator(self):
        if self.smtp_state == self.DATA and self.smtp_server.hang_up_now(self.rcpttos):
            self.close()  # no 250: the mail is not accepted
            return
        super().found_terminator()


class Sink(smtpd.SMTPServer):
    channel_class = Channel

    def __init__(self, address, log, drop_prefix, drop_at):
        super().__init__(address, None, decode_data=False)
        self.log = log
        self.drop_prefix = drop_prefix
        self.drop_at = drop_at
        self.seen = 0

    def handle_accepted(self, conn, addr):
        self.log.write("C\n")
        self.log.flush()
        super().handle_accepted(conn, addr)

    def hang_up_now(self, recipients):
        if not self.drop_prefix or not any(r.startswith(self.drop_prefix) for r in recipients):
            return False
        self.seen += 1
        return self.seen == self.drop_at

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        found = MESSAGE_ID.search(data)
        message_id = found.group(1).decode("ascii", "replace") if found else "-"
        for recipient in rcpttos:
            self.log.write(f"M {message_id} {recipient}\n")
        self.log.flush()
        return None  # 250 OK


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("log")
    parser.add_argument("--drop-prefix", default="")
    parser.add_argument("--drop-at", type=int, default=0)
    args = parser.parse_args()
    with open(args.log, "a", encoding="utf-8") as log:
        Sink(("127.0.0.1", args.port), log, args.drop_prefix, args.drop_at)
        asyncore.loop()


if __name__ == "__main__":
    main()
