using Microsoft.EntityFrameworkCore;
using Tautoko.Data.Operations;

namespace Tautoko.Data;

/// <summary>What running Tautoko needs: idempotent requests and background-job leases (Operations/).</summary>
public sealed partial class TautokoDbContext
{
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();
}
