using System.Text;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Tautoko.Core.Messaging;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>The SMTP sender (MailKit) against a real SMTP server on loopback: what arrives, and what still goes to files.</summary>
public sealed class SmtpMessageSenderTests : IDisposable
{
    private const string From = "appointments@tautoko-test.example";
    private const string Agency = "Tautoko test agency";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tautoko-smtp-sender-{Guid.NewGuid():N}");

    [Fact]
    public async Task Email_SentBySmtp_ArrivesFromTheConfiguredAddress_WithRecipientSubjectBodyAndBothAttachments()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        // Every byte value, so a PDF's binary content has to survive the transfer encoding unchanged.
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 256).Select(b => (byte)b)).ToArray();
        var ics = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tautoko//tests//EN\r\nEND:VCALENDAR\r\n");
        var message = new OutgoingMessage(
            Guid.NewGuid(),
            MessageChannel.Email,
            "wiremu@example.co.nz",
            "Your appointment on Tuesday",
            "Tēnā koe Wiremu,\nyour appointment is on Tuesday at 10:00 at the Masterton service centre.\nNgā mihi",
            [new MessageAttachment("appointment-letter.pdf", "application/pdf", pdf), new MessageAttachment("appointment.ics", "text/calendar", ics)]);

        var reference = await Sender(smtp.Port).SendAsync(message, CancellationToken.None);

        var mail = Assert.Single(smtp.Received);
        Assert.Equal(From, mail.EnvelopeFrom);
        Assert.Equal(["wiremu@example.co.nz"], mail.EnvelopeTo);
        var from = Assert.Single(mail.Message.From.Mailboxes);
        Assert.Equal((Agency, From), (from.Name, from.Address));
        Assert.Equal("wiremu@example.co.nz", Assert.Single(mail.Message.To.Mailboxes).Address);
        Assert.Equal(message.Subject, mail.Message.Subject);
        Assert.Equal(message.Body, mail.Message.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        // The outbox id is the Message-ID, and the sender's reference names it.
        Assert.Equal($"{message.Id:N}@tautoko", mail.Message.MessageId);
        Assert.StartsWith($"smtp:{message.Id:N}@tautoko ", reference, StringComparison.Ordinal);
        var attachments = mail.Message.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(["appointment-letter.pdf", "appointment.ics"], attachments.Select(a => a.FileName));
        Assert.Equal(["application/pdf", "text/calendar"], attachments.Select(a => a.ContentType.MimeType));
        Assert.Equal(pdf, await ContentAsync(attachments[0]));
        Assert.Equal(ics, await ContentAsync(attachments[1]));
    }

    [Fact]
    public async Task TextAndLetter_WithTheSmtpSender_AreWrittenToFiles_NotSentBySmtp()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var sender = Sender(smtp.Port);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

        var text = await sender.SendAsync(new OutgoingMessage(Guid.NewGuid(), MessageChannel.Text, "021 555 0101", "Reminder", "Your appointment is tomorrow at 10:00.", []), CancellationToken.None);
        var letter = await sender.SendAsync(
            new OutgoingMessage(Guid.NewGuid(), MessageChannel.Letter, "12 Queen Street\nMasterton 5810", "Appointment letter", "See the letter.", [new MessageAttachment("letter.pdf", "application/pdf", pdf)]),
            CancellationToken.None);

        Assert.Empty(smtp.Received);
        Assert.StartsWith(_folder, text, StringComparison.Ordinal);
        Assert.EndsWith(".txt", text, StringComparison.Ordinal);
        Assert.Contains("Your appointment is tomorrow at 10:00.", await File.ReadAllTextAsync(text), StringComparison.Ordinal);
        Assert.EndsWith(".pdf", letter, StringComparison.Ordinal);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(letter));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private SmtpMessageSender Sender(int port)
    {
        var options = new OutboxOptions
        {
            Sender = "smtp",
            SmtpHost = "127.0.0.1",
            SmtpPort = port,
            SmtpFrom = From,
            AgencyName = Agency,
            OutboxFolder = _folder,
        };
        return new SmtpMessageSender(options, new FileMessageSender(options, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 21, 0, 0, TimeSpan.Zero))));
    }

    private static async Task<byte[]> ContentAsync(MimePart part)
    {
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        return content.ToArray();
    }
}
