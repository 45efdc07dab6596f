using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tautoko.Core.Common;

namespace Tautoko.Data.Configurations;

public sealed class ClientIdConverter() : ValueConverter<ClientId, Guid>(v => v.Value, v => new ClientId(v));

public sealed class StaffIdConverter() : ValueConverter<StaffId, Guid>(v => v.Value, v => new StaffId(v));

public sealed class SiteIdConverter() : ValueConverter<SiteId, Guid>(v => v.Value, v => new SiteId(v));

public sealed class RegionIdConverter() : ValueConverter<RegionId, Guid>(v => v.Value, v => new RegionId(v));
