using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port, for tests of the SMTP sender:
/// it keeps every message it accepts, parsed with MimeKit, together with the envelope it came with,
/// or, when <see cref="Refusal"/> is set, answers the message's DATA with that refusal instead.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    private LoopbackSmtpServer()
    {
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>When set, every message is refused with this reply (after the envelope was accepted).</summary>
    public SmtpResponse? Refusal { get; set; }

    /// <summary>What the server answers when it accepts a message (its text is what the sender keeps as the delivery reference).</summary>
    public SmtpResponse Acceptance { get; set; } = SmtpResponse.Ok;

    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>Starts listening on 127.0.0.1 on a port the operating system picks (port 0).</summary>
    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        var smtp = new LoopbackSmtpServer();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(smtp));
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        smtp._server = new SmtpServer.SmtpServer(options, services);
        smtp._running = smtp._server.StartAsync(smtp._stop.Token);
        var first = await Task.WhenAny(listening.Task, smtp._running).WaitAsync(TimeSpan.FromSeconds(30));
        if (first != listening.Task)
        {
            await smtp._running;
            throw new InvalidOperationException("The loopback SMTP server stopped before it listened.");
        }

        smtp.Port = await listening.Task;
        return smtp;
    }

    /// <summary>A loopback port with nothing listening on it, so a connection is refused.</summary>
    public static int UnusedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null && _running is not null)
        {
            _server.Shutdown();
            await _stop.CancelAsync();
            try
            {
                await _running.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (OperationCanceledException)
            {
                // Cancelling is how the server is told to stop listening.
            }
        }

        _stop.Dispose();
        foreach (var mail in _received)
        {
            mail.Message.Dispose();
        }
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.Refusal is { } refusal)
            {
                return refusal;
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner._received.Enqueue(new ReceivedMail(transaction.From.AsAddress(), [.. transaction.To.Select(to => to.AsAddress())], message));
            return owner.Acceptance;
        }
    }
}

/// <summary>A message the loopback server accepted: the SMTP envelope (MAIL FROM, RCPT TO) and the message itself.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);
