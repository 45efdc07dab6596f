using Tautoko.Web.Cli;
using Tautoko.Web.Hosting;

if (CliCommands.IsCommand(args))
{
    return await CliCommands.RunAsync(args);
}

var app = TautokoApp.Build(args);
await TautokoApp.PrepareAsync(app);
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so WebApplicationFactory can find it.</summary>
public partial class Program;
