using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Tautoko.Core.Messaging;

namespace Tautoko.Web.Platform;

public sealed record MessageAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A message ready to go: what the outbox row says plus the files made for it (letter PDF, calendar file).</summary>
public sealed record OutgoingMessage(Guid Id, MessageChannel Channel, string Recipient, string Subject, string Body, IReadOnlyList<MessageAttachment> Attachments);

/// <summary>Delivers one message and says where it went. Delivery is at least once: a sender must tolerate the same id twice.</summary>
public interface IMessageSender
{
    Task<string> SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <summary>
/// Development and tests: every message becomes a file under the outbox folder, named by its id, so a
/// repeated delivery overwrites rather than duplicates. E-mails are .eml files (open them in any mail
/// client), texts .txt, letters the PDF that would be printed and posted.
/// </summary>
public sealed class FileMessageSender(OutboxOptions options, TimeProvider clock) : IMessageSender
{
    public async Task<string> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        var folder = Path.Combine(options.OutboxFolder, clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, message.Id.ToString("N", CultureInfo.InvariantCulture));
        switch (message.Channel)
        {
            case MessageChannel.Email:
                {
                    var path = stem + ".eml";
                    using var mime = MimeFor(message, options.SmtpFrom, options.AgencyName);
                    await using var file = File.Create(path);
                    await mime.WriteToAsync(file, ct);
                    return path;
                }

            case MessageChannel.Text:
                {
                    var path = stem + ".txt";
                    await File.WriteAllTextAsync(path, $"To: {message.Recipient}\nSubject: {message.Subject}\n\n{message.Body}\n", new UTF8Encoding(false), ct);
                    return path;
                }

            case MessageChannel.Letter:
                {
                    var path = stem + ".pdf";
                    var letter = message.Attachments.FirstOrDefault(a => a.ContentType == "application/pdf")
                                 ?? throw new InvalidOperationException("A letter needs its PDF.");
                    await File.WriteAllBytesAsync(path, letter.Content, ct);
                    return path;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(message), message.Channel, "Unknown channel.");
        }
    }

    internal static MimeMessage MimeFor(OutgoingMessage message, string from, string agency)
    {
        var mime = new MimeMessage
        {
            // The outbox id is the Message-ID, so a receiving system can drop a repeated delivery.
            MessageId = $"{message.Id:N}@tautoko",
            Subject = message.Subject,
        };
        mime.From.Add(new MailboxAddress(agency, from));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        var body = new BodyBuilder { TextBody = message.Body };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}

/// <summary>
/// E-mail through an SMTP server (MailKit); texts and letters still go to files, since an SMS gateway and
/// a print-and-post house are integrations an agency plugs in here.
/// </summary>
public sealed class SmtpMessageSender(OutboxOptions options, FileMessageSender files) : IMessageSender
{
    public async Task<string> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (message.Channel != MessageChannel.Email)
        {
            return await files.SendAsync(message, ct);
        }

        using var mime = FileMessageSender.MimeFor(message, options.SmtpFrom, options.AgencyName);
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("The smtp sender needs --smtp-host."), options.SmtpPort, SecureSocketOptions.Auto, ct);
        if (options.SmtpUser is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, options.SmtpPassword ?? string.Empty, ct);
        }

        var response = await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(true, ct);
        return $"smtp:{mime.MessageId} {response}";
    }
}
