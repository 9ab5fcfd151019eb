using System.Runtime.Versioning;

// The tests start Linux processes and read /proc; Conduit's standalone connectors run on Linux and macOS.
[assembly: SupportedOSPlatform("linux")]
