#!/usr/bin/perl
# Mail::DKIM (Debian's libmail-dkim-perl) as signer and verifier of the interoperability corpus.
#
#   maildkim_tool.pl sign < JOB.json            signs JOB->{message} into JOB->{out}
#   maildkim_tool.pl verify KEYS.json FILE...   one JSON line per file with every signature's verdict
#
# DNS never leaves the process: Mail::DKIM::DNS::query is replaced by a look-up in KEYS.json
# (tools/zone.py json). The verifier runs in Mail::DKIM's default mode (Strict off).
use strict;
use warnings;

use JSON::PP;
use Mail::DKIM::PrivateKey;
use Mail::DKIM::Signer;
use Mail::DKIM::Signature;
use Mail::DKIM::Verifier;
use Mail::DKIM::DNS;
use Net::DNS;

my $json = JSON::PP->new->canonical;

sub slurp {
    my ($path) = @_;
    open my $fh, '<:raw', $path or die "$path: $!\n";
    local $/;
    my $data = <$fh>;
    close $fh;
    return $data;
}

sub sign_one {
    my ( $message, $spec ) = @_;
    my $signer = Mail::DKIM::Signer->new(
        Policy => sub {
            my $dkim = shift;
            if ( $spec->{oversign} && @{ $spec->{oversign} } ) {
                # '+' signs every instance present plus one more (Mail::DKIM::Signer extended_headers)
                $dkim->extended_headers( { map { $_ => '+' } @{ $spec->{oversign} } } );
            }
            my $headers = $spec->{headers} && @{ $spec->{headers} } ? join( ':', @{ $spec->{headers} } ) : $dkim->headers;
            my $sig = Mail::DKIM::Signature->new(
                Algorithm => $spec->{algorithm},
                Method    => $spec->{canon},
                Headers   => $headers,
                Domain    => $spec->{domain},
                Selector  => $spec->{selector},
                Key       => Mail::DKIM::PrivateKey->load( File => $spec->{key} ),
                Timestamp => $spec->{timestamp},
                ( defined $spec->{expiry} ? ( Expiration => $spec->{expiry} ) : () ),
            );
            $sig->body_count( $spec->{length} ) if defined $spec->{length};
            $dkim->add_signature($sig);
            return;
        },
    );
    $signer->PRINT($message);
    $signer->CLOSE;
    my $sig = $signer->signature or die "Mail::DKIM did not sign\n";
    my $text = $sig->as_string;
    $text =~ s/\015?\012/\015\012/g;
    return $text . "\015\012";
}

sub sign {
    my $job     = $json->decode( do { local $/; <STDIN> } );
    my $message = slurp( $job->{message} );
    for my $spec ( @{ $job->{signatures} } ) {
        $message = sign_one( $message, $spec ) . $message;
    }
    open my $out, '>:raw', $job->{out} or die "$job->{out}: $!\n";
    print {$out} $message;
    close $out;
}

sub verify {
    my ( $keyfile, @files ) = @_;
    my $keys = $json->decode( slurp($keyfile) );
    no warnings 'redefine';
    *Mail::DKIM::DNS::query = sub {
        my ( $domain, $type ) = @_;
        my $name    = lc($domain);
        $name =~ s/\.?$/./;
        my $records = $keys->{$name};
        if ( uc($type) ne 'TXT' || !$records ) {
            $@ = 'NXDOMAIN';
            return;
        }
        $@ = 'NOERROR';
        return map { Net::DNS::RR->new( name => $domain, type => 'TXT', txtdata => [@$_] ) } @$records;
    };
    for my $path (@files) {
        my $dkim = Mail::DKIM::Verifier->new();
        my $ok   = eval { $dkim->PRINT( slurp($path) ); $dkim->CLOSE; 1 };
        if ( !$ok ) {
            print $json->encode( { file => $path, error => "Mail::DKIM died: $@" } ), "\n";
            next;
        }
        my @sigs;
        for my $sig ( $dkim->signatures ) {
            my $raw  = $sig->result        // 'none';
            my $text = $sig->result_detail // $raw;
            my %word = ( pass => 'pass', fail => 'fail', invalid => 'permerror', temperror => 'temperror', none => 'none' );
            my $b = $sig->data // '';
            $b =~ s/\s+//g;
            push @sigs, {
                d      => $sig->domain   // '',
                s      => $sig->selector // '',
                b      => substr( $b, 0, 12 ),
                word   => $word{$raw} // $raw,
                detail => "Mail::DKIM $text",
            };
        }
        print $json->encode( { file => $path, sigs => \@sigs } ), "\n";
    }
}

my $mode = shift @ARGV // '';
if    ( $mode eq 'sign' )   { sign() }
elsif ( $mode eq 'verify' ) { verify(@ARGV) }
else                        { die "usage: maildkim_tool.pl sign < JOB.json | verify KEYS.json FILE...\n" }
