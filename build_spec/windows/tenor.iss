; Inno Setup script for the Windows installer (build on Windows after PyInstaller: iscc tenor.iss).
; Silent install:   TenorSetup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall: "%ProgramFiles%\Tenor\unins000.exe" /VERYSILENT
; Uninstall keeps every user's vault (%APPDATA%\Tenor\vault); the app's "Delete account" removes it.
; Sign the installer and tenor.exe with sign-authenticode.sh (osslsigncode) or signtool.
#define AppVersion GetEnv("TENOR_VERSION")
[Setup]
AppId={{6F0C7C39-3E2B-4C67-9E0B-5D3A3E1B7A11}
AppName=Tenor
AppVersion={#AppVersion}
AppPublisher=Tenor
DefaultDirName={autopf}\Tenor
DefaultGroupName=Tenor
PrivilegesRequired=admin
OutputBaseFilename=TenorSetup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
[Files]
Source: "..\..\dist\tenor\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
[Icons]
Name: "{group}\Tenor"; Filename: "{app}\tenor.exe"
[Dirs]
; IT drops policy.json here (writable by administrators only).
Name: "{commonappdata}\Tenor"; Permissions: admins-full users-readexec
