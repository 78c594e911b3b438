"""Hand-chosen header variations for some plain requests (keyed by note):
desk only in Cc, display name on the desk address, several recipients,
Reply-To differing from From on genuine mails (a trap for naive scam rules)."""

VARIANTS = {
    "upazila agriculture office wants crop advisory notice published":
        dict(to="UNO Melandaha <uno.melandaha@admin-office.test>",
             cc="Upazila ICT Office <ict.melandaha@office.test>"),
    "new UNO wants e-nothi training for all upazila offices":
        dict(to='"Upazila ICT Officer, Melandaha" <ict.melandaha@office.test>',
             cc="ueo.melandaha@dpe-office.test, uao.melandaha@dae-office.test"),
    "lab laptop stolen; asks procedure":
        dict(to="Upazila Secondary Education Officer <useo.melandaha@edu-office.test>",
             cc="ict.melandaha@office.test, oc.melandaha@police-station.test"),
    "UDC: training for entrepreneurs on new online services":
        dict(to="ict.melandaha@office.test, uno.melandaha@admin-office.test"),
    "office wants advice on backing up important files":
        dict(reply_to="election.staff.melandaha@mail.test"),
    "college IT teacher asks for second admin account on college portal":
        dict(reply_to="Arif Billah <arif.billah.personal@freemail.test>"),
    "English: UDC asks for the latest circular on service charge":
        dict(cc="ICT.Melandaha@office.test"),
    "mixed: union parishad secretary needs e-nothi ID for UP":
        dict(to="Upazila ICT Office <ict.melandaha@office.test>", cc="chairman@shyampur-up.test"),
    "Sheikh Russel lab: 6 laptops not charging":
        dict(to="ict.melandaha@office.test", cc="useo.melandaha@edu-office.test"),
    "banglish: UDC entrepreneur asks about new birth registration server changes":
        dict(reply_to="mamun.jhaugara@freemail.test"),
}
