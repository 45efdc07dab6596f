using Microsoft.EntityFrameworkCore;

namespace Tautoko.Data.Operations;

/// <summary>Claims an idempotency key inside the caller's transaction.</summary>
public static class IdempotencyKeys
{
    /// <summary>
    /// Inserts the key row unless the key is taken: <c>INSERT … ON CONFLICT DO NOTHING</c>, which both providers run.
    /// On PostgreSQL an insert meeting another transaction's uncommitted row with the key waits for it: if that one
    /// commits, nothing is inserted (false); if it rolls back, this one is. SQLite has one writer, so the wait is for the
    /// write lock. No exception, so a retry racing its first attempt is not logged as a database error.
    /// </summary>
    public static async Task<bool> TryClaimAsync(this TautokoDbContext db, IdempotentRequest request, CancellationToken ct)
    {
        var createdAt = db.Model.FindEntityType(typeof(IdempotentRequest))!.FindProperty(nameof(IdempotentRequest.CreatedAt))!.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(request.CreatedAt)!
            : request.CreatedAt;
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotent_requests ("OwnerId", "Key", "Method", "Path", "Fingerprint", "CreatedAt", "Status")
            VALUES ({request.OwnerId}, {request.Key}, {request.Method}, {request.Path}, {request.Fingerprint}, {createdAt}, 0)
            ON CONFLICT DO NOTHING
            """,
            ct);
        return inserted == 1;
    }
}
