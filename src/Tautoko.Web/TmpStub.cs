namespace Tautoko.Web.Cli { public static class CliCommands { public static bool IsCommand(string[] a) => false; public static Task<int> RunAsync(string[] a) => Task.FromResult(0); } }
namespace Tautoko.Web.Auth { public sealed class DemoData { public Task EnsureSeededAsync(int c, CancellationToken ct) => Task.CompletedTask; } }
