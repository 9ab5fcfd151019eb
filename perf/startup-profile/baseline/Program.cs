using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The go-plugin shape with nothing of the SDK: a unix socket, HTTP/2 cleartext, health "plugin" serving,
// the handshake line after StartAsync, a graceful stop on SIGTERM.
var path = Path.Combine(Path.GetTempPath(), "plugin" + Random.Shared.Next());
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.Logging.ClearProviders();
builder.WebHost.UseKestrelCore();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenUnixSocket(path, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddRoutingCore();
builder.Services.AddGrpc();
var health = new HealthServiceImpl();
health.SetStatus("plugin", HealthCheckResponse.Types.ServingStatus.Serving);
builder.Services.AddSingleton(health);

using var stop = new CancellationTokenSource();
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM,
    context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });

var app = builder.Build();
app.MapGrpcService<HealthServiceImpl>();
await app.StartAsync(stop.Token);
Console.Out.Write("1|2|unix|" + path + "|grpc\n");
Console.Out.Flush();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

await app.StopAsync(CancellationToken.None);
File.Delete(path);
return 0;
