<#
.SYNOPSIS
  Removes what install.ps1 wrote: the registry keys and files listed in its
  install-record.txt, and nothing else.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\uninstall.ps1
#>
[CmdletBinding()]
param(
  [ValidateSet('CurrentUser', 'AllUsers')] [string] $Scope = 'CurrentUser',
  # The folder install.ps1 used; default %LOCALAPPDATA%\pagesift or %ProgramFiles%\pagesift.
  [string] $InstallDir = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not $InstallDir) {
  $InstallDir = if ($Scope -eq 'AllUsers') { Join-Path $env:ProgramFiles 'pagesift' }
                else { Join-Path $env:LOCALAPPDATA 'pagesift' }
}
$recordPath = Join-Path $InstallDir 'install-record.txt'
if (-not (Test-Path -LiteralPath $recordPath)) {
  Write-Output "nothing to remove: no install record at $recordPath"
  exit 0
}

foreach ($line in Get-Content -LiteralPath $recordPath) {
  $kind, $path = $line -split "`t", 2
  switch ($kind) {
    'key' {
      # Only the org.pagesift.host key itself: the browser's NativeMessagingHosts key
      # may hold other hosts.
      if (Test-Path -Path $path) { Remove-Item -Path $path -Recurse; Write-Output "removed $path" }
    }
    'file' {
      if (Test-Path -LiteralPath $path) { Remove-Item -LiteralPath $path; Write-Output "removed $path" }
    }
    default { if ($line) { Write-Warning "ignored an unknown entry in ${recordPath}: $line" } }
  }
}
Remove-Item -LiteralPath $recordPath
Write-Output "removed $recordPath"
# The install folder goes only when nothing else is left in it.
if (-not (Get-ChildItem -LiteralPath $InstallDir -Force)) {
  Remove-Item -LiteralPath $InstallDir
  Write-Output "removed $InstallDir"
}
