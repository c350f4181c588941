// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/generate-taxonomy.ts`.
// Source: MISP/misp-taxonomies rsit/machinetag.json, namespace "rsit", version 1003, commit 7591c551cce82552b9b21773e05f4a50bccfdfac.
// File: ../shared/data/taxonomy/misp-taxonomies/rsit/machinetag.json (sha256 f91549de073396b954b48eb29080338d811953f1dfc3c3e86f1065bb9f24b65c).

/** Namespace, version and description of the "rsit" taxonomy. */
export const RSIT_TAXONOMY = {
  namespace: "rsit",
  version: 1003,
  description: "Reference Security Incident Classification Taxonomy",
} as const;

/** The predicates of "rsit", in source order. Tag form: `rsit:<predicate>`. */
export const RSIT_PREDICATES = [
  {
    tag: "rsit:abusive-content",
    value: "abusive-content",
    expanded: "Abusive Content",
    description: "Abusive Content.",
    uuid: "10bff658-b058-5b73-8b9c-722fbfa98608",
  },
  {
    tag: "rsit:malicious-code",
    value: "malicious-code",
    expanded: "Malicious Code",
    description:
      "Software that is intentionally included or inserted in a system for a harmful purpose. A user interaction is normally necessary to activate the code.",
    uuid: "6e90ac46-273b-547f-a0c2-f20995fe7fc6",
  },
  {
    tag: "rsit:information-gathering",
    value: "information-gathering",
    expanded: "Information Gathering",
    description: "Information Gathering.",
    uuid: "c143acbc-3738-56a4-a837-b065cbbcb84e",
  },
  {
    tag: "rsit:intrusion-attempts",
    value: "intrusion-attempts",
    expanded: "Intrusion Attempts",
    description: "Intrusion Attempts.",
    uuid: "5080c30c-5bf7-5a6b-ba27-8920226bbcc5",
  },
  {
    tag: "rsit:intrusions",
    value: "intrusions",
    expanded: "Intrusions",
    description:
      "A successful compromise of a system or application (service). This can have been caused remotely by a known or new vulnerability, but also by an unauthorised local access. Also includes being part of a botnet.",
    uuid: "2b87f803-466b-5b11-9540-9f2e031267ca",
  },
  {
    tag: "rsit:availability",
    value: "availability",
    expanded: "Availability",
    description:
      "By this kind of an attack a system is bombarded with so many packets that the operations are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also other scenarios exist like DNS Amplification attacks. However, the availability also can be affected by local actions (destruction, disruption of power supply, etc.) – or by Act of God, spontaneous failures or human error, without malice or gross neglect being involved.",
    uuid: "f43f3768-8188-59f5-b768-8987e4469d86",
  },
  {
    tag: "rsit:information-content-security",
    value: "information-content-security",
    expanded: "Information Content Security",
    description:
      "Besides a local abuse of data and systems the information security can be endangered by a successful account or application compromise. Furthermore attacks are possible that intercept and access information during transmission (wiretapping, spoofing or hijacking). Human/configuration/software error can also be the cause.",
    uuid: "84fd40b6-4c82-5d62-afdd-5653f1087d59",
  },
  {
    tag: "rsit:fraud",
    value: "fraud",
    expanded: "Fraud",
    description: "Fraud.",
    uuid: "f52cc344-e13a-5b6f-be0e-f0ccade0025b",
  },
  {
    tag: "rsit:vulnerable",
    value: "vulnerable",
    expanded: "Vulnerable",
    description:
      "Open resolvers, world-readable printers, vulnerabilities apparent from scans, anti-virus signatures not up-to-date, etc.",
    uuid: "fa3985a4-9f16-5357-81a0-4cbb8553d048",
  },
  {
    tag: "rsit:other",
    value: "other",
    expanded: "Other",
    description:
      "All incidents which don't fit in one of the given categories should be put into this class. If the number of incidents in this category increases, it is an indicator that the classification scheme must be revised.",
    uuid: "02f02d9d-a619-57c9-ae9b-668ea8218a25",
  },
  {
    tag: "rsit:test",
    value: "test",
    expanded: "Test",
    description: "Meant for testing.",
    uuid: "502cf96e-5c94-5204-b1ee-9d5b15f8e95f",
  },
] as const;

/** A predicate value of "rsit". */
export type RsitPredicate = (typeof RSIT_PREDICATES)[number]["value"];

/** Every value of "rsit" with its machine tag `rsit:<predicate>="<value>"`, in source order. */
export const RSIT_ENTRIES = [
  {
    tag: 'rsit:abusive-content="spam"',
    predicate: "abusive-content",
    value: "spam",
    expanded: "Spam",
    description:
      "Or 'Unsolicited Bulk Email', this means that the recipient has not granted verifiable permission for the message to be sent and that the message is sent as part of a larger collection of messages, all having a functionally comparable content. This IOC refers to resources which make up spam infrastructure, for example, harvesters like address verification, URLs in spam emails, etc.",
    uuid: "08b7755b-fdd3-5137-be82-2eb93f3b1cf1",
  },
  {
    tag: 'rsit:abusive-content="harmful-speech"',
    predicate: "abusive-content",
    value: "harmful-speech",
    expanded: "Harmful Speech",
    description:
      "Bullying, harassment or discrimination of somebody, e.g., cyber stalking, racism or threats against one or more individuals.",
    uuid: "e07d5ab5-06bc-530f-b068-441ed3d80c8f",
  },
  {
    tag: 'rsit:abusive-content="violence"',
    predicate: "abusive-content",
    value: "violence",
    expanded: "(Child) Sexual Exploitation/Sexual/Violent Content",
    description: "Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc.",
    uuid: "4f127d83-99d0-5032-97b8-9d2456f3c93e",
  },
  {
    tag: 'rsit:malicious-code="infected-system"',
    predicate: "malicious-code",
    value: "infected-system",
    expanded: "Infected System",
    description:
      "System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. Most often this refers to a connection to a sinkholed command and control server.",
    uuid: "becedd1c-4ad2-5f41-8437-1edaae7f1f0a",
  },
  {
    tag: 'rsit:malicious-code="c2-server"',
    predicate: "malicious-code",
    value: "c2-server",
    expanded: "C2 Server",
    description: "Command and control server contacted by malware on infected systems.",
    uuid: "3ad4e91b-cf7d-5eac-aa03-3d556dfd9c80",
  },
  {
    tag: 'rsit:malicious-code="malware-distribution"',
    predicate: "malicious-code",
    value: "malware-distribution",
    expanded: "Malware Distribution",
    description:
      "URI used for malware distribution, e.g., a download URL included in fake invoice malware spam or exploit kits (on websites).",
    uuid: "114c9ead-d190-5177-be77-490108c6f3e3",
  },
  {
    tag: 'rsit:malicious-code="malware-configuration"',
    predicate: "malicious-code",
    value: "malware-configuration",
    expanded: "Malware Configuration",
    description: "URI hosting a malware configuration file, e.g., web injects for a banking trojan.",
    uuid: "51f4885c-700d-5a05-8d27-fa5d8291f8a2",
  },
  {
    tag: 'rsit:information-gathering="scanner"',
    predicate: "information-gathering",
    value: "scanner",
    expanded: "Scanning",
    description:
      "Attacks that send requests to a system to discover weaknesses. This also includes testing processes to gather information on hosts, services and accounts. This includes fingerd, DNS querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning.",
    uuid: "2c7e43fa-703f-5981-90cf-b8a9261e5438",
  },
  {
    tag: 'rsit:information-gathering="sniffing"',
    predicate: "information-gathering",
    value: "sniffing",
    expanded: "Sniffing",
    description: "Observing and recording of network traffic (i.e. wiretapping).",
    uuid: "4ff7377e-9755-5518-a1d3-94b073bf001c",
  },
  {
    tag: 'rsit:information-gathering="social-engineering"',
    predicate: "information-gathering",
    value: "social-engineering",
    expanded: "Social Engineering",
    description:
      "Gathering information from a human being in a non-technical way (e.g., using lies, tricks, bribes, or threats).",
    uuid: "26cc3b85-63a9-51a6-9308-471f165d3456",
  },
  {
    tag: 'rsit:intrusion-attempts="ids-alert"',
    predicate: "intrusion-attempts",
    value: "ids-alert",
    expanded: "Exploitation of Known Vulnerabilities",
    description:
      "An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)",
    uuid: "78f35b29-741c-55a0-a1cc-731e555dab4f",
  },
  {
    tag: 'rsit:intrusion-attempts="brute-force"',
    predicate: "intrusion-attempts",
    value: "brute-force",
    expanded: "Login Attempts",
    description:
      "Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a resource, which has been observed to perform brute-force attacks over a given application protocol.",
    uuid: "c206aa85-e9c8-5788-9ebe-4c98b5010770",
  },
  {
    tag: 'rsit:intrusion-attempts="exploit"',
    predicate: "intrusion-attempts",
    value: "exploit",
    expanded: "New Attack Signature",
    description: "An attack using an unknown exploit.",
    uuid: "1286fba9-5213-5bb9-92f2-8c11adf7593a",
  },
  {
    tag: 'rsit:intrusions="privileged-account-compromise"',
    predicate: "intrusions",
    value: "privileged-account-compromise",
    expanded: "Privileged Account Compromise",
    description: "Compromise of a system where the attacker has gained administrative privileges.",
    uuid: "bdf7e860-9de9-5afb-a772-778c350c67c5",
  },
  {
    tag: 'rsit:intrusions="unprivileged-account-compromise"',
    predicate: "intrusions",
    value: "unprivileged-account-compromise",
    expanded: "Unprivileged Account Compromise",
    description: "Compromise of a system using an unprivileged (user/service) account.",
    uuid: "5a6229be-0d6d-54b2-9cf3-80c9a44408cd",
  },
  {
    tag: 'rsit:intrusions="application-compromise"',
    predicate: "intrusions",
    value: "application-compromise",
    expanded: "Application Compromise",
    description: "Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection.",
    uuid: "31db05fd-cacf-5715-b7e0-47d8e63ce70b",
  },
  {
    tag: 'rsit:intrusions="system-compromise"',
    predicate: "intrusions",
    value: "system-compromise",
    expanded: "System Compromise",
    description:
      "Compromise of a system, e.g., unauthorised logins or commands. This includes attempts to compromise honeypot systems.",
    uuid: "9ae622fa-11b4-5b79-b701-82eaf0666cac",
  },
  {
    tag: 'rsit:intrusions="burglary"',
    predicate: "intrusions",
    value: "burglary",
    expanded: "Burglary",
    description: "Physical intrusion, e.g., into a corporate building or data centre.",
    uuid: "c387a44a-7e9b-5f37-96c1-2a60ed42e77c",
  },
  {
    tag: 'rsit:availability="dos"',
    predicate: "availability",
    value: "dos",
    expanded: "Denial of Service",
    description:
      "Denial of Service attack, e.g., sending specially crafted requests to a web application which causes the application to crash or slow down.",
    uuid: "6cdff9d9-b5c0-5939-b0e8-7795b18367e0",
  },
  {
    tag: 'rsit:availability="ddos"',
    predicate: "availability",
    value: "ddos",
    expanded: "Distributed Denial of Service",
    description: "Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks.",
    uuid: "50862f24-fd16-5cfe-b0a3-d8cf22310652",
  },
  {
    tag: 'rsit:availability="misconfiguration"',
    predicate: "availability",
    value: "misconfiguration",
    expanded: "Misconfiguration",
    description:
      "Software misconfiguration resulting in service availability issues, e.g., DNS server with outdated DNSSEC Root Zone KSK.",
    uuid: "25a0cb5b-9792-5362-808b-af80783eaa10",
  },
  {
    tag: 'rsit:availability="sabotage"',
    predicate: "availability",
    value: "sabotage",
    expanded: "Sabotage",
    description: "Physical sabotage, e.g., cutting wires or malicious arson.",
    uuid: "822a4f96-7725-5e3b-9728-80e5d5c08127",
  },
  {
    tag: 'rsit:availability="outage"',
    predicate: "availability",
    value: "outage",
    expanded: "Outage",
    description: "An outage caused, for example, by air conditioning failure or natural disaster.",
    uuid: "0dbc1e29-87d1-5a1e-be15-48c024b41619",
  },
  {
    tag: 'rsit:information-content-security="unauthorised-information-access"',
    predicate: "information-content-security",
    value: "unauthorised-information-access",
    expanded: "Unauthorised Access to Information",
    description:
      "Unauthorised access to information, e.g., by abusing stolen login credentials for a system or application, intercepting traffic or gaining access to physical documents.",
    uuid: "01f413f2-d7d2-5df6-b750-8adb68a49d37",
  },
  {
    tag: 'rsit:information-content-security="unauthorised-information-modification"',
    predicate: "information-content-security",
    value: "unauthorised-information-modification",
    expanded: "Unauthorised Modification of Information",
    description:
      "Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a system or application, or ransomware encrypting data. Also includes defacements.",
    uuid: "547f3c66-4bfc-5ce3-bbc7-97f24e26dfd4",
  },
  {
    tag: 'rsit:information-content-security="data-loss"',
    predicate: "information-content-security",
    value: "data-loss",
    expanded: "Data Loss",
    description: "Loss of data caused by, for example, hard disk failure or physical theft.",
    uuid: "2d8a37f3-e727-5399-a909-4a64fab8c7a6",
  },
  {
    tag: 'rsit:information-content-security="data-leak"',
    predicate: "information-content-security",
    value: "data-leak",
    expanded: "Leak of Confidential Information",
    description: "Leaked confidential information, e.g., credentials or personal data.",
    uuid: "dc3a6355-4332-534b-8d12-02b56a4ae7b8",
  },
  {
    tag: 'rsit:fraud="unauthorised-use-of-resources"',
    predicate: "fraud",
    value: "unauthorised-use-of-resources",
    expanded: "Unauthorised Use of Resources",
    description:
      "Using resources for unauthorised purposes including profit-making ventures, e.g., the use of email to participate in illegal profit chain letters or pyramid schemes.",
    uuid: "31b82f89-01c3-55a7-a0a1-59a58ce67e43",
  },
  {
    tag: 'rsit:fraud="copyright"',
    predicate: "fraud",
    value: "copyright",
    expanded: "Copyright",
    description:
      "Offering or installing copies of unlicensed commercial software or other copyright protected materials (also known as Warez).",
    uuid: "38cb9104-8718-5e36-a6eb-2df92bc377b8",
  },
  {
    tag: 'rsit:fraud="masquerade"',
    predicate: "fraud",
    value: "masquerade",
    expanded: "Masquerade",
    description:
      "Type of attack in which one entity illegitimately impersonates the identity of another in order to benefit from it.",
    uuid: "42fda29b-7eca-5499-a959-9ef111e398a9",
  },
  {
    tag: 'rsit:fraud="phishing"',
    predicate: "fraud",
    value: "phishing",
    expanded: "Phishing",
    description:
      "Masquerading as another entity in order to persuade the user to reveal private credentials. This IOC most often refers to a URL, which is used to phish user credentials.",
    uuid: "4d0be833-b0e6-561c-a470-3784d5ca052a",
  },
  {
    tag: 'rsit:vulnerable="weak-crypto"',
    predicate: "vulnerable",
    value: "weak-crypto",
    expanded: "Weak Cryptography",
    description:
      "Publicly accessible services offering weak cryptography, e.g., web servers susceptible to POODLE/FREAK attacks.",
    uuid: "a82c1574-715a-5b6f-a079-91414f8490bd",
  },
  {
    tag: 'rsit:vulnerable="ddos-amplifier"',
    predicate: "vulnerable",
    value: "ddos-amplifier",
    expanded: "DDoS Amplifier",
    description:
      "Publicly accessible services that can be abused for conducting DDoS reflection/amplification attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled.",
    uuid: "ff09c311-7c96-59b8-b87c-0f04b8c2eb8c",
  },
  {
    tag: 'rsit:vulnerable="potentially-unwanted-accessible"',
    predicate: "vulnerable",
    value: "potentially-unwanted-accessible",
    expanded: "Potentially Unwanted Accessible Services",
    description: "Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC.",
    uuid: "c6be4f04-0cb8-5c85-949d-58bc259558e1",
  },
  {
    tag: 'rsit:vulnerable="information-disclosure"',
    predicate: "vulnerable",
    value: "information-disclosure",
    expanded: "Information disclosure",
    description: "Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis.",
    uuid: "5ef876bd-b69c-5402-aa6b-bcf3ccb48b73",
  },
  {
    tag: 'rsit:vulnerable="vulnerable-system"',
    predicate: "vulnerable",
    value: "vulnerable-system",
    expanded: "Vulnerable System",
    description:
      "A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings (such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities.",
    uuid: "be010075-9b1d-5890-9a2f-5d2642bc9208",
  },
  {
    tag: 'rsit:other="other"',
    predicate: "other",
    value: "other",
    expanded: "Uncategorised",
    description:
      "All incidents which don't fit in one of the given categories should be put into this class or the incident is not categorised.",
    uuid: "0bcbe23a-65d1-5e4f-907a-2ba5edcdcb26",
  },
  {
    tag: 'rsit:other="undetermined"',
    predicate: "other",
    value: "undetermined",
    expanded: "Undetermined",
    description: "The categorisation of the incident is unknown/undetermined.",
    uuid: "6fb5e718-7feb-5d36-8cfe-c4413b23a803",
  },
  {
    tag: 'rsit:test="test"',
    predicate: "test",
    value: "test",
    expanded: "Test",
    description: "Meant for testing.",
    uuid: "c53bdd27-ddd4-58fc-90ac-bcce06ddce28",
  },
] as const;

/** A machine tag of "rsit", e.g. `rsit:abusive-content="spam"`. */
export type RsitTag = (typeof RSIT_ENTRIES)[number]["tag"];
