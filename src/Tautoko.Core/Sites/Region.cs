using Tautoko.Core.Common;

namespace Tautoko.Core.Sites;

/// <summary>One of the agency's 13 regions (S2P offers 13 regions to reassign a task to, 003).</summary>
public sealed class Region
{
    private Region()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public Region(RegionId id, string code, string name)
    {
        Id = id;
        Code = code;
        Name = name;
    }

    public RegionId Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }
}
