import hashlib

SVC_BN = {'web-portal': 'ওয়েব পোর্টাল হালনাগাদ', 'e-nothi': 'ই-নথি হালনাগাদ',
          'digital-lab': 'স্কুল/কলেজের ডিজিটাল ল্যাব', 'ict-advice': 'আইসিটি বিষয়ে পরামর্শ',
          'udc-advice': 'ইউনিয়ন ডিজিটাল সেন্টারকে পরামর্শ'}

def ref(n):
    return f'MEL-2026-{n:06d}'

def ack_id(n):
    h = hashlib.sha256(f'ack-{n}'.encode()).hexdigest()[:16]
    return f'<sebadesk.{ref(n)}.ack.{h}@office.test>'

def ack_subject(n, orig):
    return f'[{ref(n)}] {orig}'

def ack_text(n, svc, lang='bn'):
    """Text of a desk acknowledgement as the citizen would see it quoted."""
    if lang == 'en':
        return (f'Dear citizen,\nYour request has been received and registered as {ref(n)}.\n'
                f'Service: {SVC_BN.get(svc, "-")}\nThe officer will contact you within 3 working days.\n'
                'Upazila ICT Office, Melandaha, Jamalpur\ndesk@office.test')
    return (f'সম্মানিত নাগরিক,\nআপনার অনুরোধটি গৃহীত হয়েছে। টিকিট নম্বর: {ref(n)}\n'
            f'সেবা: {SVC_BN.get(svc, "-")}\nকর্মকর্তা ৩ কর্মদিবসের মধ্যে যোগাযোগ করবেন।\n'
            'উপজেলা আইসিটি অফিস, মেলান্দহ, জামালপুর\ndesk@office.test')

def quote(text):
    return '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
