using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Operations;

namespace Tautoko.Web.Platform;

/// <summary>
/// <c>Idempotency-Key</c> on any API write (POST, PUT, PATCH, DELETE under <c>/api</c>) by a signed-in staff member: a
/// retry with the same key gets the first answer again (marked <c>Idempotent-Replayed: true</c>) instead of doing the
/// work twice. The guarantee comes from one transaction: the key row is inserted first, the handler's writes follow in
/// the same transaction (a handler's own transaction becomes a savepoint, <see cref="UnitOfWork"/>), the answer is
/// written into the key row, and only then does it commit and the client see the answer. So an answer the client saw is
/// always on record with its writes, and a crash before the commit leaves neither. A second request with the key waits
/// on the first one's uncommitted key row (PostgreSQL's unique index, SQLite's single writer) and then replays its
/// answer. Only successful answers (2xx) are kept: after a refusal the key is free again, and whatever the refusal
/// itself records (an audit row of a refused read) is kept as it would be without a key. An exception rolls everything
/// back. The same key with another method, path or body is 422 (<c>rule: idempotency-key-reused</c>).
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const string ReusedRule = "idempotency-key-reused";

    /// <summary>Keys are kept this long; a retry comes within minutes.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task InvokeAsync(HttpContext context, TautokoDbContext db, TimeProvider clock)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue(Header, out var values) || !IsWrite(request.Method) || !request.Path.StartsWithSegments("/api")
            || context.User.FindFirst(StaffClaimTypes.StaffId)?.Value is not { } staffClaim || !Guid.TryParse(staffClaim, out var owner))
        {
            await next(context);
            return;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (key is null || key.Length is 0 or > IdempotentRequest.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await Failure.Invalid(Header, $"Send one key of 1 to {IdempotentRequest.MaxKeyLength} visible ASCII characters, such as a UUID.").ToProblem().ExecuteAsync(context);
            return;
        }

        request.EnableBuffering();
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, context.RequestAborted);
        request.Body.Position = 0;
        var path = request.Path.Value + request.QueryString.Value;
        var fingerprint = Fingerprint(request.Method, path, copy.ToArray());

        if (await FindAsync(db, owner, key, context.RequestAborted) is { } earlier)
        {
            await AnswerAgainAsync(context, earlier, fingerprint);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var row = new IdempotentRequest(owner, key, request.Method, Clip(path, 400)!, fingerprint, clock.GetUtcNow());
        // Waits here while another request with the key is in flight; claims nothing if that one committed.
        if (!await db.TryClaimAsync(row, context.RequestAborted))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (await FindAsync(db, owner, key, context.RequestAborted) is { } first)
            {
                await AnswerAgainAsync(context, first, fingerprint);
                return;
            }

            await Failure.Conflict(new DomainError("idempotency-key-in-progress", $"Another request with this {Header} is still being answered; try again in a moment."), "Request in progress")
                .ToProblem().ExecuteAsync(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        var rows = db.IdempotentRequests.Where(r => r.OwnerId == owner && r.Key == key);
        if (response.StatusCode is >= 200 and < 300)
        {
            var body = buffer.ToArray();
            var contentType = Clip(response.ContentType, 200);
            var location = Clip(response.Headers.Location.ToString(), 400);
            var etag = Clip(response.Headers.ETag.ToString(), 100);
            await rows.ExecuteUpdateAsync(
                r => r.SetProperty(x => x.Status, response.StatusCode)
                    .SetProperty(x => x.ContentType, contentType)
                    .SetProperty(x => x.Location, location)
                    .SetProperty(x => x.ETag, etag)
                    .SetProperty(x => x.Body, body),
                CancellationToken.None);
        }
        else
        {
            await rows.ExecuteDeleteAsync(CancellationToken.None);
        }

        // The answer leaves only after its writes and its key are committed.
        await transaction.CommitAsync(CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Forgets keys older than <see cref="Retention"/>; run by one node at a time.</summary>
    public static Task<int> PurgeAsync(TautokoDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var before = now - Retention;
        return db.IdempotentRequests.Where(r => r.CreatedAt < before).ExecuteDeleteAsync(ct);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static Task<IdempotentRequest?> FindAsync(TautokoDbContext db, Guid owner, string key, CancellationToken ct) =>
        db.IdempotentRequests.AsNoTracking().Where(r => r.OwnerId == owner && r.Key == key && r.Status > 0).FirstOrDefaultAsync(ct);

    private async Task AnswerAgainAsync(HttpContext context, IdempotentRequest earlier, string fingerprint)
    {
        if (!string.Equals(earlier.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            logger.LogWarning("Idempotency key reused for another request on {Path}", context.Request.Path);
            await Failure.Broken(new DomainError(ReusedRule, $"This {Header} was already used for another request ({earlier.Method} {earlier.Path}); send a new key for a new request."))
                .ToProblem().ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        response.StatusCode = earlier.Status;
        response.Headers[ReplayedHeader] = "true";
        if (!string.IsNullOrEmpty(earlier.ContentType))
        {
            response.ContentType = earlier.ContentType;
        }

        if (!string.IsNullOrEmpty(earlier.Location))
        {
            response.Headers.Location = earlier.Location;
        }

        if (!string.IsNullOrEmpty(earlier.ETag))
        {
            response.Headers.ETag = earlier.ETag;
        }

        if (earlier.Body is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static string Fingerprint(string method, string path, byte[] body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{method}\n{path}\n"));
        sha.AppendData(body);
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>An empty header is stored as none; longer text is cut to its column.</summary>
    private static string? Clip(string? text, int max) => string.IsNullOrEmpty(text) ? null : TextLimits.Clip(text, max);
}
