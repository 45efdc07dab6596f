using Microsoft.AspNetCore.Identity;
using Tautoko.Core.Common;

namespace Tautoko.Data.Identity;

/// <summary>A staff sign-in account (ASP.NET Core Identity), linked to one staff member.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public StaffId StaffId { get; set; }
}
