namespace Tautoko.Core.Common;

// Domain primitives: a client id can never be passed where a staff id is expected.
public readonly record struct ClientId(Guid Value)
{
    public static ClientId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct StaffId(Guid Value)
{
    public static StaffId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct SiteId(Guid Value)
{
    public static SiteId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct RegionId(Guid Value)
{
    public static RegionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
