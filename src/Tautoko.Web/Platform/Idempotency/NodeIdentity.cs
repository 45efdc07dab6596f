namespace Tautoko.Web.Platform;

/// <summary>This web node's name in job leases: host, process and a per-start id (two nodes in one process differ).</summary>
public sealed class NodeIdentity
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
