using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using Tautoko.Core.Appointments;
using Tautoko.Core.Clients;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Features.Appointments.Common;
using Tautoko.Web.Features.Appointments.Messages;

namespace Tautoko.Web.Features.Appointments.Letters;

/// <summary>A letter's content, independent of how it is drawn.</summary>
public sealed record LetterContent(string Sender, IReadOnlyList<string> SenderLines, string Date, IReadOnlyList<string> AddressLines, string Reference, string Greeting, string Heading, IReadOnlyList<LetterSection> Sections, string SignOff, IReadOnlyList<string> Signature);

public sealed record LetterSection(string? Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<(string Label, string Value)> Facts);

/// <summary>
/// The seed's two appointment letters as PDF (SkiaSharp's PDF backend, DejaVu Sans; docs/adr/0003-letters-as-pdf-with-skiasharp.md):
/// the invitation to a proactive appointment (003, 002: "send a letter to the client, inviting them to
/// attend a proactive appointment", R-035) and the phone-based team's appointment letter "with point of
/// contact and the appointment details" (002, R-028). Both give the case manager's name, phone and e-mail
/// (R-054) and the buddy who covers when they are away (R-050, R-051).
/// </summary>
public sealed class LetterRenderer(TautokoDbContext db, AppointmentOptions options, TimeProvider clock, Core.ContactCentre.ICaseManagerLookup caseManagers)
{
    /// <summary>A4 in points.</summary>
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;

    /// <summary>20 mm.</summary>
    private const float Margin = 56.69f;

    public async Task<LetterContent?> ComposeAsync(AppointmentId id, LetterKind kind, CancellationToken ct)
    {
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appointment is null)
        {
            return null;
        }

        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == appointment.ClientId, ct);
        var parties = await Parties.OfAsync(db, appointment.StaffId, ct);
        return Compose(appointment, MessageRecipient.Of(client), parties, kind, NzLocalTime.Today(clock), await IsTheirCaseManagerAsync(appointment, ct));
    }

    /// <summary>Whether the appointment is with the client's own case manager (the holder of their open caseload placement).</summary>
    public async Task<bool> IsTheirCaseManagerAsync(Appointment appointment, CancellationToken ct) =>
        (await caseManagers.FindAsync(appointment.ClientId, ct))?.CaseManagerId == appointment.StaffId;

    /// <summary>The file a letter downloads as: its kind, the client's number and the appointment's date.</summary>
    public static string FileName(LetterKind kind, string clientNumber, DateOnly date) =>
        $"{(kind == LetterKind.PhoneBasedAppointment ? "phone-appointment-letter" : "appointment-letter")}-{clientNumber}-{date:yyyy-MM-dd}.pdf";

    /// <summary>
    /// The letter. Only a client whose appointment is with their own case manager is told "your case manager" and "your
    /// point of contact from now on": a client with no case manager (or meeting someone else) is not promised one.
    /// </summary>
    public LetterContent Compose(Appointment appointment, MessageRecipient client, AppointmentParties parties, LetterKind kind, DateOnly today, bool theirCaseManager)
    {
        var when = AppointmentText.When(appointment.StartsAt);
        var address = client.Address is { } a
            ? new[] { client.FullName, a.Line1, a.Suburb, $"{a.City}{(a.Postcode is { } p ? " " + p : string.Empty)}" }.Where(l => !string.IsNullOrWhiteSpace(l)).Cast<string>().ToList()
            : [client.FullName];
        var contact = new List<(string, string)> { ("Name", parties.CaseManagerName) };
        if (parties.CaseManagerPhone is { } phone)
        {
            contact.Add(("Phone", phone));
        }

        contact.Add(("E-mail", parties.CaseManagerEmail));
        var away = parties.BuddyName is { } buddy
            ? $"If I am away, my buddy {buddy}{(parties.BuddyPhone is { } bp ? $" ({bp})" : string.Empty)} can help you. You can also call our general enquiries number on {options.AgencyPhone}."
            : $"You can also call our general enquiries number on {options.AgencyPhone}.";
        var identity = appointment.Type == AppointmentType.FirstAppointment
            ? "Please bring photo identification, such as your passport or driver licence, so we can confirm who you are and save the evidence to your record."
            : null;

        var sections = kind switch
        {
            LetterKind.InviteToProactiveAppointment => new List<LetterSection>
            {
                new(null, theirCaseManager
                    ? [
                        $"I am {parties.CaseManagerName}, your case manager at {parties.SiteName}. I would like to meet you face-to-face to get to know you, understand your situation and talk about the support you need with income, housing and work.",
                        "This is a chance to talk about what matters to you and the steps you would like to take. I will be your first point of contact from now on.",
                    ]
                    : [
                        $"I am {parties.CaseManagerName}, a case manager at {parties.SiteName}. I would like to meet you face-to-face to understand your situation and talk about the support you need with income, housing and work.",
                        "This is a chance to talk about what matters to you and the steps you would like to take.",
                    ], []),
                new("Your appointment", [], [
                    ("When", $"{when} ({appointment.Minutes} minutes)"),
                    appointment.Channel == AppointmentChannel.Phone ? ("How", "I will phone you on the number we have for you") : ("Where", $"{parties.SiteName}{(parties.SiteAddress is { } sa ? ", " + sa : string.Empty)}"),
                    ("With", parties.CaseManagerName),
                ]),
                new(null, [.. new[] { identity, "If this time does not suit you, please contact me and we will find another time." }.OfType<string>()], []),
                new("How to contact me", [away], contact),
            },
            LetterKind.PhoneBasedAppointment => new List<LetterSection>
            {
                new(null, [
                    theirCaseManager
                        ? $"Thank you for coming to Kōrero Mahi – Let's talk work. You now have a case manager in our phone-based case management team, {parties.SiteName}. We will work with you by phone to help you into work."
                        : $"Thank you for coming to Kōrero Mahi – Let's talk work. Our phone-based case management team, {parties.SiteName}, will talk with you by phone about the support you need to get into work.",
                ], []),
                new("Your phone appointment", [], [
                    ("When", $"{when} ({appointment.Minutes} minutes)"),
                    ("How", client.Phone is { Length: > 3 } p2 ? $"We will phone you on the number ending {p2[^3..]}" : "We will phone you on the number we have for you"),
                    ("With", parties.CaseManagerName),
                ]),
                new(null, ["Please have your phone with you and be somewhere you can talk privately. If this time does not suit you, or your number has changed, contact your point of contact below."], []),
                new("Your point of contact", [away], contact),
            },
            LetterKind.HardshipDecision or LetterKind.ReviewOutcome => throw new ArgumentException("Hardship letters are not about an appointment; their words are the message body.", nameof(kind)),
        };

        return new LetterContent(
            options.AgencyName,
            [.. new[] { parties.SiteName, parties.SiteAddress, parties.SitePhone is { } sp ? $"Phone {sp}" : null }.OfType<string>()],
            AppointmentText.Day(today),
            address,
            $"Client number {client.ClientNumber}",
            $"Tēnā koe {client.FirstName},",
            (kind, theirCaseManager) switch
            {
                (LetterKind.InviteToProactiveAppointment, true) => "An invitation to meet your case manager",
                (LetterKind.InviteToProactiveAppointment, false) => "An invitation to meet us",
                (_, true) => "Your phone appointment with your case manager",
                _ => "Your phone appointment with us",
            },
            sections,
            "Ngā mihi,",
            [parties.CaseManagerName, kind == LetterKind.PhoneBasedAppointment ? "Case Manager, phone-based case management" : $"Case Manager, {parties.SiteName}"]);
    }

    /// <summary>Draws a letter on A4 and returns the PDF's bytes.</summary>
    public static byte[] Render(LetterContent letter, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using var fonts = new LetterFonts(Texts(letter));
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = letter.Heading, Author = letter.Sender, Creator = letter.Sender, Creation = created.UtcDateTime, Modified = created.UtcDateTime }))
        {
            var writer = new PageWriter(document.BeginPage(PageWidth, PageHeight), fonts);
            writer.Line(letter.Sender, fonts.Title);
            foreach (var line in letter.SenderLines)
            {
                writer.Line(line, fonts.Small);
            }

            writer.Gap(14);
            writer.Line(letter.Date, fonts.Body);
            writer.Gap(10);
            foreach (var line in letter.AddressLines)
            {
                writer.Line(line, fonts.Body);
            }

            writer.Gap(6);
            writer.Line(letter.Reference, fonts.Small);
            writer.Gap(14);
            writer.Line(letter.Greeting, fonts.Body);
            writer.Gap(8);
            writer.Line(letter.Heading, fonts.Heading);
            writer.Gap(6);
            foreach (var section in letter.Sections)
            {
                if (section.Heading is { } heading)
                {
                    writer.Gap(4);
                    writer.Line(heading, fonts.Bold);
                }

                foreach (var (label, value) in section.Facts)
                {
                    writer.Fact(label, value);
                }

                foreach (var paragraph in section.Paragraphs)
                {
                    writer.Paragraph(paragraph);
                }

                writer.Gap(4);
            }

            writer.Gap(8);
            writer.Line(letter.SignOff, fonts.Body);
            writer.Gap(4);
            foreach (var line in letter.Signature)
            {
                writer.Line(line, fonts.Body);
            }

            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>Every piece of text the letter draws, so its fonts carry those glyphs and no others.</summary>
    private static IEnumerable<string> Texts(LetterContent letter) =>
        new[] { letter.Sender, letter.Date, letter.Reference, letter.Greeting, letter.Heading, letter.SignOff }
            .Concat(letter.SenderLines)
            .Concat(letter.AddressLines)
            .Concat(letter.Signature)
            .Concat(letter.Sections.SelectMany(s => new[] { s.Heading ?? string.Empty }.Concat(s.Paragraphs).Concat(s.Facts.SelectMany(f => new[] { f.Label, f.Value }))));

    /// <summary>Writes lines and wrapped paragraphs down the page; the canvas belongs to the document's current page.</summary>
    private sealed class PageWriter(SKCanvas canvas, LetterFonts fonts)
    {
        private static readonly SKPaint Ink = new() { Color = SKColors.Black, IsAntialias = true };

        private float _y = Margin;

        private static float Width => PageWidth - (2 * Margin);

        public void Gap(float points) => _y += points;

        public void Line(string text, SKFont font)
        {
            canvas.DrawText(text, Margin, _y + font.Size, SKTextAlign.Left, font, Ink);
            _y += font.Size * 1.25f * LetterFonts.LineHeight;
        }

        public void Fact(string label, string value)
        {
            const float labelWidth = 70f;
            var body = fonts.Body;
            canvas.DrawText(label, Margin + 10, _y + body.Size, SKTextAlign.Left, fonts.Bold, Ink);
            foreach (var line in Wrap(value, body, Width - labelWidth - 10))
            {
                canvas.DrawText(line, Margin + 10 + labelWidth, _y + body.Size, SKTextAlign.Left, body, Ink);
                _y += body.Size * 1.3f * LetterFonts.LineHeight;
            }
        }

        public void Paragraph(string text)
        {
            foreach (var line in Wrap(text, fonts.Body, Width))
            {
                Line(line, fonts.Body);
            }

            _y += 4;
        }

        private static IEnumerable<string> Wrap(string text, SKFont font, float width)
        {
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
