using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tautoko.Data.Operations;

/// <summary>
/// A request sent with an <c>Idempotency-Key</c> header, and the answer it got. The row is inserted in the same
/// transaction as the request's own writes and filled in with the answer before that transaction commits, so either
/// both the writes and the key are there, or neither is. The key is the staff member's: two people may use the same key.
/// </summary>
public sealed class IdempotentRequest
{
    public const int MaxKeyLength = 200;

    private IdempotentRequest()
    {
        Key = string.Empty;
        Method = string.Empty;
        Path = string.Empty;
        Fingerprint = string.Empty;
    }

    public IdempotentRequest(Guid ownerId, string key, string method, string path, string fingerprint, DateTimeOffset createdAt)
    {
        OwnerId = ownerId;
        Key = key;
        Method = method;
        Path = path;
        Fingerprint = fingerprint;
        CreatedAt = createdAt;
    }

    /// <summary>The staff member who sent it.</summary>
    public Guid OwnerId { get; private set; }

    public string Key { get; private set; }

    public string Method { get; private set; }

    public string Path { get; private set; }

    /// <summary>SHA-256 of the method, path, query and body: the same key with another request is refused.</summary>
    public string Fingerprint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>0 until the answer is recorded (in the same transaction).</summary>
    public int Status { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public byte[]? Body { get; private set; }
}

public sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        // The key is the claim: of two requests with one key, the second insert waits for the first transaction and then fails.
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.OwnerId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.MaxKeyLength);
        builder.Property(r => r.Method).HasMaxLength(10);
        builder.Property(r => r.Path).HasMaxLength(400);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(400);
        builder.Property(r => r.ETag).HasMaxLength(100);
        builder.HasIndex(r => r.CreatedAt);
    }
}

/// <summary>
/// A named background job's turn across web nodes: the node whose conditional update moves <see cref="Until"/> forward
/// holds it until then. A node that stops holding (killed, stopped) loses it when the time runs out.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
        Job = string.Empty;
        Holder = string.Empty;
    }

    public JobLease(string job, DateTimeOffset until)
    {
        Job = job;
        Holder = string.Empty;
        Until = until;
    }

    public string Job { get; private set; }

    public string Holder { get; private set; }

    public DateTimeOffset Until { get; private set; }

    /// <summary>How many times the lease was taken (once per run of the job across all nodes).</summary>
    public long Runs { get; private set; }
}

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("job_leases");
        builder.HasKey(l => l.Job);
        builder.Property(l => l.Job).HasMaxLength(60);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
