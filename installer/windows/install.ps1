<#
.SYNOPSIS
  Installs pagesift's native-messaging host on Windows and registers it with Chrome,
  Chromium, Edge and Firefox.

.DESCRIPTION
  Copies pagesift-host.exe into the install folder, writes one manifest for the
  Chromium-based browsers and one for Firefox next to it, and points each browser's
  registry key at its manifest: on Windows a browser finds a host through the default
  value of
    HKCU\Software\Google\Chrome\NativeMessagingHosts\org.pagesift.host
    HKCU\Software\Chromium\NativeMessagingHosts\org.pagesift.host
    HKCU\Software\Microsoft\Edge\NativeMessagingHosts\org.pagesift.host
    HKCU\Software\Mozilla\NativeMessagingHosts\org.pagesift.host
  (HKLM instead of HKCU with -Scope AllUsers). Everything written is listed in
  install-record.txt in the install folder; uninstall.ps1 removes exactly that.
  Idempotent: running it again rewrites the same values.

  Note on stdio: the host must put stdin and stdout in binary mode (_setmode(_fileno(stdin),
  _O_BINARY) and the same for stdout) before the first frame. In the default text mode
  the C runtime turns "\n" into "\r\n" and stops reading at a 0x1A byte, which corrupts
  the length-prefixed frames. pagesift-host does this at startup; nothing to set up here.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\install.ps1 -HostBinary build\pagesift-host.exe
#>
[CmdletBinding()]
param(
  # CurrentUser writes HKCU (no administrator rights needed); AllUsers writes HKLM.
  [ValidateSet('CurrentUser', 'AllUsers')] [string] $Scope = 'CurrentUser',
  # Browsers to register: all, chrome, chromium, edge, firefox.
  [ValidateSet('all', 'chrome', 'chromium', 'edge', 'firefox')] [string[]] $Browser = @('all'),
  # The pagesift-host.exe to install.
  [string] $HostBinary = (Join-Path $PSScriptRoot '..\..\build\pagesift-host.exe'),
  # Where to install; default %LOCALAPPDATA%\pagesift or %ProgramFiles%\pagesift.
  [string] $InstallDir = '',
  # The Chromium extension ID; default: extension\EXTENSION_ID.txt, its one source of truth.
  [string] $ExtensionId = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$HostName = 'org.pagesift.host'
$FirefoxExtensionId = 'reader@pagesift.org'
$RegistryPaths = [ordered]@{
  chrome   = 'Software\Google\Chrome\NativeMessagingHosts'
  chromium = 'Software\Chromium\NativeMessagingHosts'
  edge     = 'Software\Microsoft\Edge\NativeMessagingHosts'
  firefox  = 'Software\Mozilla\NativeMessagingHosts'
}

if ($Browser -contains 'all') { $Browser = @($RegistryPaths.Keys) }
$hive = if ($Scope -eq 'AllUsers') { 'HKLM:' } else { 'HKCU:' }
if (-not $InstallDir) {
  $InstallDir = if ($Scope -eq 'AllUsers') { Join-Path $env:ProgramFiles 'pagesift' }
                else { Join-Path $env:LOCALAPPDATA 'pagesift' }
}

if (-not (Test-Path -LiteralPath $HostBinary -PathType Leaf)) {
  throw "no host binary at ${HostBinary}: build it first, or pass -HostBinary PATH"
}
$needsChromium = @($Browser | Where-Object { $_ -ne 'firefox' }).Count -gt 0
if ($needsChromium -and -not $ExtensionId) {
  $idFile = Join-Path $PSScriptRoot '..\..\extension\EXTENSION_ID.txt'
  if (-not (Test-Path -LiteralPath $idFile)) {
    throw "no extension ID: $idFile is missing; pass -ExtensionId ID to override"
  }
  $ExtensionId = (Get-Content -LiteralPath $idFile -Raw).Trim()
}
if ($needsChromium -and $ExtensionId -notmatch '^[a-p]{32}$') {
  throw "'$ExtensionId' is not a Chromium extension ID (32 letters a to p)"
}

# The record: what uninstall.ps1 removes. Kept across runs, without duplicates.
New-Item -ItemType Directory -Force -Path $InstallDir | Out-Null
$recordPath = Join-Path $InstallDir 'install-record.txt'
$record = [System.Collections.Generic.List[string]]::new()
if (Test-Path -LiteralPath $recordPath) {
  foreach ($line in @(Get-Content -LiteralPath $recordPath)) { if ($line) { $record.Add($line) } }
}
function Add-Record([string] $entry) { if (-not $record.Contains($entry)) { $record.Add($entry) } }

$hostTarget = Join-Path $InstallDir 'pagesift-host.exe'
Copy-Item -LiteralPath $HostBinary -Destination $hostTarget -Force
Add-Record "file`t$hostTarget"
Write-Output "wrote $hostTarget"

# ConvertTo-Json escapes the backslashes of the Windows path; a manifest's path may be
# absolute (as here) or relative to the manifest.
function Write-Manifest([string] $family) {
  $manifest = [ordered]@{
    name        = $HostName
    description = 'pagesift reader mode: turns the current page into a clean, safe reader view'
    path        = $hostTarget
    type        = 'stdio'
  }
  if ($family -eq 'firefox') { $manifest.allowed_extensions = @($FirefoxExtensionId) }
  else { $manifest.allowed_origins = @("chrome-extension://$ExtensionId/") }
  $file = Join-Path $InstallDir "$HostName.$family.json"
  # UTF-8 without a byte-order mark: some browsers reject a BOM before the JSON.
  [System.IO.File]::WriteAllText($file, ($manifest | ConvertTo-Json), [System.Text.UTF8Encoding]::new($false))
  Add-Record "file`t$file"
  Write-Host "wrote $file"  # not Write-Output: that would become part of the return value
  return $file
}

$manifests = @{}
foreach ($b in $Browser) {
  $family = if ($b -eq 'firefox') { 'firefox' } else { 'chromium' }
  if (-not $manifests.ContainsKey($family)) { $manifests[$family] = Write-Manifest $family }
  $key = "$hive\$($RegistryPaths[$b])\$HostName"
  New-Item -Path $key -Force | Out-Null
  Set-Item -Path $key -Value $manifests[$family]
  Add-Record "key`t$key"
  Write-Output ("{0,-9}registered {1} -> {2}" -f $b, $key, $manifests[$family])
}

$record | Set-Content -LiteralPath $recordPath -Encoding UTF8
Write-Output "recorded in $recordPath (uninstall.ps1 -Scope $Scope removes it all)"
