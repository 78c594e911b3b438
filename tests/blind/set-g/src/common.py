"""Shared helpers for the set-G generator (standard library only)."""
import hashlib

DESK = "desk@office.test"

SVC_BN = {
    "web-portal": "ওয়েব পোর্টাল হালনাগাদ",
    "e-nothi": "ই-নথি হালনাগাদ",
    "digital-lab": "স্কুল/কলেজের ডিজিটাল ল্যাব",
    "ict-advice": "আইসিটি বিষয়ে পরামর্শ",
    "udc-advice": "ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ",
}
SVC_EN = {
    "web-portal": "Web portal update",
    "e-nothi": "e-Nothi update",
    "digital-lab": "School/college digital lab",
    "ict-advice": "ICT advice",
    "udc-advice": "Advice to Union Digital Centre",
}


def h16(*parts):
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def ack_msgid(ticket):
    return "<sebadesk.%s.ack.%s@office.test>" % (ticket, h16("ack", ticket))


def ack_subject(ticket, orig_subject):
    return "[%s] %s" % (ticket, orig_subject)


def ack_body(ticket, service):
    return (
        "সম্মানিত নাগরিক,\n"
        "আপনার অনুরোধটি গৃহীত হয়েছে। টিকিট নম্বর: %s, সেবা: %s। "
        "নাগরিক সনদে উল্লিখিত সময়ের মধ্যে সংশ্লিষ্ট কর্মকর্তা আপনার সাথে যোগাযোগ করবেন। "
        "পরবর্তী যোগাযোগে টিকিট নম্বরটি উল্লেখ করার অনুরোধ রইল।\n\n"
        "Your request has been received and registered as %s. Service: %s. "
        "An officer will get back to you within the time given in our citizen charter. "
        "Please quote the ticket number when you write again.\n\n"
        "উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\n"
        "desk@office.test"
    ) % (ticket, SVC_BN[service], ticket, SVC_EN[service])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
