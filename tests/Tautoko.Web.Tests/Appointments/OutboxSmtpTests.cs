using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SmtpServer.Protocol;
using Tautoko.Core.Appointments;
using Tautoko.Core.Common;
using Tautoko.Core.Messaging;
using Tautoko.Data;
using Tautoko.Web.Platform;
using Tautoko.Web.Tests.Infrastructure;

namespace Tautoko.Web.Tests.Appointments;

/// <summary>
/// The outbox job with `--outbox-sender smtp`, delivering to a loopback SMTP server: a booking confirmation
/// that arrives with its calendar file, an attempt the server refuses (recorded and retried later), and a
/// last attempt that cannot connect (given up).
/// </summary>
/// <remarks>
/// The shared test server's own outbox job delivers with the file sender and takes whatever is due. So each
/// test starts a second node on the same database with its outbox job off and the SMTP sender configured,
/// writes one message as claimed by a node whose lease still runs for an hour (which the shared server's job
/// leaves alone), and runs one delivery pass of at most one message itself, with a clock past that lease. The
/// message is due since 1970, so it is the first due message and the only one that pass takes.
/// </remarks>
public abstract class OutboxSmtpTests(TautokoServer server)
{
    private const string From = "appointments@tautoko-test.example";
    private const string Agency = "Tautoko test agency";
    private const string Recipient = "wiremu@example.co.nz";
    private const string Subject = "Your appointment is booked";
    private const string Body = "Tēnā koe,\nyour appointment with your case manager is booked; the calendar file is attached.\nNgā mihi";

    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    [Fact]
    public async Task Outbox_WithTheSmtpSender_DeliversTheConfirmationWithItsCalendarFile_MarksItSentAndLogsIt()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var node = await StartSmtpNodeAsync(smtp.Port);
        var (client, appointment) = await BookingAsync();
        var id = await WriteClaimedConfirmationAsync(node, client, appointment, attempts: 1);
        var at = PassTime();

        var delivered = await RunOnePassAsync(node, at);

        Assert.Equal(1, delivered);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal(From, mail.EnvelopeFrom);
        Assert.Equal([Recipient], mail.EnvelopeTo);
        var from = Assert.Single(mail.Message.From.Mailboxes);
        Assert.Equal((Agency, From), (from.Name, from.Address));
        Assert.Equal(Recipient, Assert.Single(mail.Message.To.Mailboxes).Address);
        Assert.Equal($"{id:N}@tautoko", mail.Message.MessageId);
        Assert.Equal(Subject, mail.Message.Subject);
        Assert.Equal(Body, mail.Message.TextBody?.ReplaceLineEndings("\n").TrimEnd('\n'));
        var ics = Assert.Single(mail.Message.Attachments.OfType<MimePart>());
        Assert.Equal(("appointment.ics", "text/calendar"), (ics.FileName, ics.ContentType.MimeType));
        using var icsContent = new MemoryStream();
        await ics.Content!.DecodeToAsync(icsContent);
        var calendar = Encoding.UTF8.GetString(icsContent.ToArray());
        Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:{appointment}@tautoko", calendar, StringComparison.Ordinal);

        var row = await RowAsync(node, id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Equal(at, row.SentAt);
        Assert.StartsWith($"smtp:{id:N}@tautoko ", row.DeliveryReference, StringComparison.Ordinal);
        Assert.Null(row.LastError);
        Assert.Null(row.ClaimToken);
        Assert.True(await LoggedAsync(node, id), "A delivered message to a client goes in their engagement log under its own id.");
        await node.StopAsync();
    }

    [Fact]
    public async Task Outbox_WhenTheSmtpServerAcceptsWithALongReply_KeepsItTrimmed_AndMarksTheMessageSent()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        smtp.Acceptance = new SmtpResponse(SmtpReplyCode.Ok, "Queued " + new string('x', 2 * OutboxMessage.MaxDeliveryReferenceLength));
        await using var node = await StartSmtpNodeAsync(smtp.Port);
        var (client, appointment) = await BookingAsync();
        var id = await WriteClaimedConfirmationAsync(node, client, appointment, attempts: 1);

        var delivered = await RunOnePassAsync(node, PassTime());

        // Had the long reply gone into the column whole, PostgreSQL would refuse the update after the e-mail had left,
        // and the message would be sent again when the claim ran out.
        Assert.Equal(1, delivered);
        Assert.Single(smtp.Received);
        var row = await RowAsync(node, id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(OutboxMessage.MaxDeliveryReferenceLength, row.DeliveryReference?.Length);
        Assert.StartsWith($"smtp:{id:N}@tautoko ", row.DeliveryReference, StringComparison.Ordinal);
        await node.StopAsync();
    }

    [Fact]
    public async Task Outbox_WhenTheSmtpServerRefusesTheMessage_RecordsTheAttemptAndTheReply_AndSchedulesARetry()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        smtp.Refusal = new SmtpResponse(SmtpReplyCode.TransactionFailed, "Refused by the loopback server for this test");
        await using var node = await StartSmtpNodeAsync(smtp.Port);
        var (client, appointment) = await BookingAsync();
        var id = await WriteClaimedConfirmationAsync(node, client, appointment, attempts: 1);
        var at = PassTime();

        var delivered = await RunOnePassAsync(node, at);

        Assert.Equal(0, delivered);
        Assert.Empty(smtp.Received);
        var row = await RowAsync(node, id);
        // Back to waiting, with the attempt counted, the server's reply kept, the claim released,
        // and the next try 2^attempts minutes on (the second attempt failed: four minutes).
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Contains("Refused by the loopback server for this test", row.LastError, StringComparison.Ordinal);
        Assert.Equal(at.AddMinutes(4), row.NotBefore);
        Assert.Null(row.ClaimToken);
        Assert.Null(row.ClaimedUntil);
        Assert.Null(row.SentAt);
        Assert.Null(row.DeliveryReference);
        Assert.False(await LoggedAsync(node, id), "An undelivered message is not in the engagement log.");
        await node.StopAsync();
    }

    [Fact]
    public async Task Outbox_WhenTheSmtpServerIsUnreachableOnTheLastAttempt_GivesUpAndMarksTheMessageFailed()
    {
        await using var node = await StartSmtpNodeAsync(LoopbackSmtpServer.UnusedPort());
        var (client, appointment) = await BookingAsync();
        var id = await WriteClaimedConfirmationAsync(node, client, appointment, attempts: OutboxMessage.MaxAttempts - 1);

        var delivered = await RunOnePassAsync(node, PassTime());

        Assert.Equal(0, delivered);
        var row = await RowAsync(node, id);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, row.Attempts);
        Assert.Contains("refused", row.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Null(row.ClaimToken);
        Assert.Null(row.SentAt);
        Assert.False(await LoggedAsync(node, id), "An undelivered message is not in the engagement log.");
        await node.StopAsync();
    }

    /// <summary>A node on the shared database with its outbox job off and e-mail going to the given loopback SMTP port.</summary>
    private Task<WebApplication> StartSmtpNodeAsync(int smtpPort) =>
        server.StartSecondNodeAsync(
            "--outbox", "false",
            "--outbox-sender", "smtp",
            "--smtp-host", "127.0.0.1",
            "--smtp-port", smtpPort.ToString(CultureInfo.InvariantCulture),
            "--smtp-from", From,
            "--agency-name", Agency);

    /// <summary>One booked appointment for a new client, shared by the tests of the class (each writes its own message).</summary>
    private Task<(Guid Client, Guid Appointment)> BookingAsync() =>
        server.OnceAsync("outbox-smtp-booking", async () =>
        {
            var staffId = await AppointmentData.StaffIdAsync(server, Accounts.Icsm);
            var client = await AppointmentData.NewClientOfAsync(server, Accounts.Icsm, Recipient);
            var booked = await AppointmentData.BookAsync(await server.AsAsync(Accounts.Icsm), client, await AppointmentData.FreeSlotAsync(server, staffId, skip: 3));
            return (client, booked["appointment"]!["id"]!.GetValue<Guid>());
        });

    /// <summary>
    /// A booking confirmation as a node leaves it when it claimed the message and stopped: sending, with the
    /// attempt counted and a lease that runs for another hour.
    /// </summary>
    private static async Task<Guid> WriteClaimedConfirmationAsync(WebApplication node, Guid client, Guid appointment, int attempts)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TautokoDbContext>();
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var message = new OutboxMessage(id, new ClientId(client), new AppointmentId(appointment), MessageChannel.Email, MessagePurpose.BookingConfirmation, null, Recipient, Subject, Body, now, DateTimeOffset.UnixEpoch);
        var row = db.OutboxMessages.Add(message);
        row.Property(m => m.Status).CurrentValue = OutboxStatus.Sending;
        row.Property(m => m.Attempts).CurrentValue = attempts;
        row.Property(m => m.ClaimToken).CurrentValue = Guid.NewGuid();
        row.Property(m => m.ClaimedUntil).CurrentValue = now + Lease;
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A minute after the lease of a message written now runs out, in whole seconds (PostgreSQL keeps microseconds).</summary>
    private static DateTimeOffset PassTime() => DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow + Lease).ToUnixTimeSeconds() + 60);

    /// <summary>One pass of the node's outbox delivery (its own sender, options and database) at the given time, taking at most one message.</summary>
    private static async Task<int> RunOnePassAsync(WebApplication node, DateTimeOffset at)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sender = services.GetRequiredService<IMessageSender>();
        Assert.IsType<SmtpMessageSender>(sender);
        var delivery = new OutboxDelivery(
            services.GetRequiredService<TautokoDbContext>(),
            sender,
            services.GetRequiredService<IOutboxLetters>(),
            services.GetRequiredService<IOutboxCalendarFiles>(),
            services.GetRequiredService<OutboxOptions>(),
            new FakeTimeProvider(at),
            services.GetRequiredService<ILogger<OutboxDelivery>>());
        return await delivery.RunOnceAsync(1, CancellationToken.None);
    }

    private static async Task<OutboxMessage> RowAsync(WebApplication node, Guid id)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task<bool> LoggedAsync(WebApplication node, Guid id)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TautokoDbContext>().EngagementNotes.AnyAsync(n => n.Id == id);
    }
}

[Collection(SqliteServer.Collection)]
public sealed class OutboxSmtpTestsSqlite(SqliteServer server) : OutboxSmtpTests(server);

[Collection(PostgresServer.Collection)]
public sealed class OutboxSmtpTestsPostgres(PostgresServer server) : OutboxSmtpTests(server);
