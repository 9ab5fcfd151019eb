using Conduit.Connector.Sdk.Hosting.Logging;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed class HclogLevelsTests
{
    [Theory]
    [InlineData("trace", LogLevel.Trace)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("warning", LogLevel.Warning)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("fatal", LogLevel.Error)]
    [InlineData(" INFO ", LogLevel.Information)]
    [InlineData("Debug", LogLevel.Debug)]
    [InlineData("", LogLevel.Trace)]
    [InlineData("   ", LogLevel.Trace)]
    [InlineData(null, LogLevel.Trace)]
    [InlineData("verbose", LogLevel.Trace)]
    [InlineData("informational", LogLevel.Trace)]
    public void Parse_ConduitLevel_MapsOrFallsBackToTrace(string? value, LogLevel expected)
    {
        Assert.Equal(expected, HclogLevels.Parse(value));
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Trace, LogLevel.Warning)]
    [InlineData("Microsoft.Hosting.Lifetime", LogLevel.Trace, LogLevel.Warning)]
    [InlineData("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Trace, LogLevel.Warning)]
    [InlineData("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Trace, LogLevel.Information)]
    [InlineData("Microsoft.Other", LogLevel.Trace, LogLevel.Information)]
    [InlineData("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Debug, LogLevel.Warning)]
    [InlineData("Microsoft.AspNetCore.Routing", LogLevel.Error, LogLevel.Error)]
    [InlineData("Connector.Mine", LogLevel.Debug, LogLevel.Debug)]
    public void FrameworkMinimum_Category_QuietUnlessTrace(string category, LogLevel level, LogLevel expected)
    {
        Assert.Equal(expected, HclogLogging.FrameworkMinimum(category, level));
    }
}
